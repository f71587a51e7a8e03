/* cchc-store-file.c: the database file and the connection to it
 *
 * Opening (creating, checking and migrating, after a checked backup copy)
 * the file, the settings of the connection, and the few helpers that every
 * part of the store uses to run statements and turn SQLite's result codes
 * into errors a user can read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cchc-store-internal.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

/* "CCHC" in PRAGMA application_id marks our files. */
#define SQLITE_APPLICATION_ID 0x43434843
/* How long an edit waits for another program's write to the database to
 * end. Writes take milliseconds (another copy of this program's, for
 * one); a lock held longer is held for good (a database browser with
 * changes not saved), and the window, waiting, does not answer: after a
 * second the user is told the database is in use. */
#define DEFAULT_BUSY_TIMEOUT_MS 1000
#define MIGRATIONS_PATH "/io/github/cchcplanner/Planner/data/migrations"

gboolean
_cchc_store_set_error_from_rc (CchcStore  *self,
                               int         rc,
                               GError    **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  g_autofree char *name = g_filename_display_basename (self->path);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program. "
                     "Try again in a moment."), name);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only: changes cannot be saved."), name);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_CORRUPT,
                   _("The file “%s” is not a CCHC Planner database or it is damaged."),
                   name);
      break;

    case SQLITE_FULL:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_FAILED,
                   _("The disk is full: the database “%s” could not be written."), name);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID,
                   _("The change was refused by the database: %s"), detail);
      break;

    default:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_FAILED,
                   _("The database “%s” could not be used: %s"), name, detail);
      break;
    }

  return FALSE;
}

/* The row an edit was aimed at is gone: deleted here, or by another
 * program. */
gboolean
_cchc_store_set_not_found (GError **error)
{
  g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                       _("The item no longer exists: it may have been deleted."));
  return FALSE;
}

/* Returns a prepared statement, cached for the life of the store; the
 * caller must not finalize it. It comes reset and with no bindings. */
sqlite3_stmt *
_cchc_store_prepare (CchcStore   *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cchc_store_set_error_from_rc (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

/* Runs a statement that returns no rows. */
gboolean
_cchc_store_step_done (CchcStore     *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _cchc_store_set_error_from_rc (self, rc, error);

  return TRUE;
}

gboolean
_cchc_store_exec (CchcStore   *self,
                  const char  *sql,
                  GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _cchc_store_set_error_from_rc (self, rc, error);

  return TRUE;
}

/* Every write starts here and finishes with _cchc_store_end(). */
gboolean
_cchc_store_begin (CchcStore  *self,
                   GError    **error)
{
  if (self->read_only)
    return _cchc_store_set_error_from_rc (self, SQLITE_READONLY, error);

  return _cchc_store_exec (self, "BEGIN IMMEDIATE", error);
}

/* Commits the transaction when @ok (the writes in it succeeded), otherwise
 * or when the commit fails rolls it back: the file is as it was. */
gboolean
_cchc_store_end (CchcStore  *self,
                 gboolean    ok,
                 GError    **error)
{
  if (ok && _cchc_store_exec (self, "COMMIT", error))
    {
      self->serial++;
      return TRUE;
    }

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* Ends a query whose rows were stepped through until @rc. */
gboolean
_cchc_store_finish_rows (CchcStore     *self,
                         sqlite3_stmt  *stmt,
                         int            rc,
                         GError       **error)
{
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _cchc_store_set_error_from_rc (self, rc, error);

  return TRUE;
}

gint64
_cchc_store_query_int (CchcStore   *self,
                       const char  *sql,
                       int         *rc_out)
{
  sqlite3_stmt *stmt = _cchc_store_prepare (self, sql, NULL);
  gint64 value = 0;
  int rc;

  if (stmt == NULL)
    {
      *rc_out = sqlite3_errcode (self->db);
      return 0;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_reset (stmt);
  *rc_out = rc == SQLITE_DONE ? SQLITE_OK : rc;

  return value;
}

/* The text in @column, "" for NULL, as UTF-8: bytes that are not text
 * (a damaged file) come back as U+FFFD, not as a string that fails later
 * (an export that cannot be read back, a PDF that cannot be made). */
char *
_cchc_store_dup_text_column (sqlite3_stmt *stmt,
                             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return g_strdup ("");

  return g_utf8_make_valid (text, sqlite3_column_bytes (stmt, column));
}

static gboolean
run_migration (CchcStore   *self,
               int          version,
               const char  *sql,
               GError     **error)
{
  g_autofree char *set_version = NULL;

  g_debug ("Migrating %s to schema version %d", self->path, version);

  if (!_cchc_store_begin (self, error))
    return FALSE;

  set_version = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                 version, SQLITE_APPLICATION_ID);
  return _cchc_store_end (self,
                         _cchc_store_exec (self, sql, error) &&
                         _cchc_store_exec (self, set_version, error),
                         error);
}

/* Copies the database with the backup API to @backup_path and checks the
 * copy, before a migration touches the original. */
static gboolean
backup_database (CchcStore   *self,
                 const char  *backup_path,
                 GError     **error)
{
  g_autoptr(sqlite3) copy = NULL;
  sqlite3_backup *backup;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (backup_path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? sqlite3_errcode (copy) : rc;
        }
      else
        rc = sqlite3_errcode (copy);
    }

  if (rc == SQLITE_OK &&
      sqlite3_prepare_v2 (copy, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
    ok = TRUE;
  sqlite3_finalize (stmt);

  if (ok)
    {
      int user_version_rc;
      gint64 original = _cchc_store_query_int (self, "PRAGMA user_version", &user_version_rc);

      ok = sqlite3_prepare_v2 (copy, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
           sqlite3_step (stmt) == SQLITE_ROW &&
           sqlite3_column_int64 (stmt, 0) == original;
      sqlite3_finalize (stmt);
    }

  if (!ok)
    {
      g_autofree char *name = g_filename_display_name (backup_path);

      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_FAILED,
                   _("The database could not be upgraded because the backup copy “%s” "
                     "could not be written and checked."), name);
    }

  return ok;
}

static gboolean
migrate (CchcStore          *self,
         const char * const *migrations,
         GError            **error)
{
  int latest = g_strv_length ((char **) migrations);

  if (self->schema_version >= latest)
    return TRUE;

  if (self->read_only)
    {
      g_autofree char *name = g_filename_display_basename (self->path);

      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY,
                   _("The database “%s” must be upgraded but it is read-only."), name);
      return FALSE;
    }

  if (self->schema_version > 0)
    {
      g_autofree char *backup_path = g_strdup_printf ("%s.v%d.bak", self->path,
                                                      self->schema_version);

      if (!backup_database (self, backup_path, error))
        return FALSE;
    }

  for (int version = self->schema_version + 1; version <= latest; version++)
    {
      if (!run_migration (self, version, migrations[version - 1], error))
        return FALSE;
      self->schema_version = version;
    }

  return TRUE;
}

/* Whether the file is made of whole pages, as SQLite writes it: a file cut
 * short by less than a page passes SQLite's checks, the missing bytes read
 * as zeros (a copy cut off by a full disk or a broken transfer). */
static gboolean
whole_pages (CchcStore *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GFileInfo) info = NULL;
  gint64 page_size;
  int rc;

  page_size = _cchc_store_query_int (self, "PRAGMA page_size", &rc);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (rc != SQLITE_OK || page_size <= 0 || info == NULL)
    return TRUE;  /* nothing to say (an in-memory database) */

  return g_file_info_get_size (info) % page_size == 0;
}

/* Reads what the file says about itself without writing anything, so that a
 * file we refuse stays byte-identical. */
static gboolean
check_file (CchcStore  *self,
            int         latest,
            GError    **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  gint64 application_id, n_objects;
  int rc;

  self->schema_version = _cchc_store_query_int (self, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK)
    return _cchc_store_set_error_from_rc (self, rc, error);

  application_id = _cchc_store_query_int (self, "PRAGMA application_id", &rc);
  if (rc == SQLITE_OK)
    n_objects = _cchc_store_query_int (self, "SELECT count(*) FROM sqlite_master", &rc);
  if (rc != SQLITE_OK)
    return _cchc_store_set_error_from_rc (self, rc, error);

  if (self->schema_version > latest && application_id == SQLITE_APPLICATION_ID)
    {
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of CCHC Planner "
                     "(schema %d; this version knows up to %d). Update the application "
                     "to open it."),
                   name, self->schema_version, latest);
      return FALSE;
    }

  if ((application_id != SQLITE_APPLICATION_ID && (application_id != 0 || n_objects > 0)) ||
      (application_id == SQLITE_APPLICATION_ID && self->schema_version == 0))
    return _cchc_store_set_error_from_rc (self, SQLITE_NOTADB, error);

  if (self->schema_version > 0 && !whole_pages (self))
    return _cchc_store_set_error_from_rc (self, SQLITE_CORRUPT, error);

  if (self->schema_version > 0)
    {
      g_autofree char *result = NULL;
      sqlite3_stmt *stmt = _cchc_store_prepare (self, "PRAGMA quick_check", error);

      if (stmt == NULL)
        return FALSE;
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        result = _cchc_store_dup_text_column (stmt, 0);
      sqlite3_reset (stmt);
      if (g_strcmp0 (result, "ok") != 0)
        return _cchc_store_set_error_from_rc (self, rc == SQLITE_ROW ? SQLITE_CORRUPT : rc, error);
    }

  return TRUE;
}

/* Whether the database can be read at all; other errors are left for
 * check_file() to report. */
static gboolean
can_read (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return (rc & 0xff) != SQLITE_READONLY && (rc & 0xff) != SQLITE_CANTOPEN;
}

static gboolean
reopen_immutable (CchcStore  *self,
                  GError    **error)
{
  g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);
  int rc;

  sqlite3_close (self->db);
  self->db = NULL;
  rc = sqlite3_open_v2 (immutable, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    return _cchc_store_set_error_from_rc (self, rc, error);

  sqlite3_extended_result_codes (self->db, 1);
  return TRUE;
}

/* WAL is only safe where every process shares memory with the file: a
 * local disk. Network shares get the rollback journal. */
static gboolean
configure_connection (CchcStore  *self,
                      GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GFileInfo) info = NULL;
  gboolean remote;

  info = g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE, NULL, NULL);
  remote = info != NULL &&
           g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE);

  if (!_cchc_store_exec (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  if (self->read_only)
    return TRUE;

  return _cchc_store_exec (self, remote ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL",
               error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static char **
compiled_migrations (GError **error)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, error);
  if (names == NULL)
    return NULL;

  /* Files are named 0001-….sql: their order is their version. */
  g_qsort_with_data (names, g_strv_length (names), sizeof (char *), compare_names, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);

      if (bytes == NULL)
        return NULL;
      g_ptr_array_add (sql, g_strndup (g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes)));
    }
  g_ptr_array_add (sql, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&sql), FALSE);
}

CchcStore *
_cchc_store_open_with_migrations (const char         *path,
                                  CchcStoreFlags      flags,
                                  const char * const *migrations,
                                  GError            **error)
{
  g_autoptr(CchcStore) self = NULL;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (migrations != NULL, NULL);

  self = g_object_new (CCHC_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & CCHC_STORE_FLAGS_READ_ONLY) != 0;

  open_flags = self->read_only ? SQLITE_OPEN_READONLY
                               : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (path);

      /* SQLite says "unable to open database file", in English, for all
       * of these. */
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                     _("“%s” is a folder, not a database."), name);
      else if (rc == SQLITE_CANTOPEN)
        g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                     _("The database “%s” could not be opened: the file cannot be read, "
                       "or it cannot be made in that folder."), name);
      else
        g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_FAILED,
                     _("The database “%s” could not be opened: %s"),
                     name, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, DEFAULT_BUSY_TIMEOUT_MS);
  if (sqlite3_db_readonly (self->db, "main") == 1)
    self->read_only = TRUE;

  /* A WAL database in a folder that cannot be written (a read-only share)
   * cannot be read the usual way: SQLite must make its shared-memory file
   * beside it. Nobody can write the database there either: it is read as
   * an immutable file. */
  if (self->read_only && !can_read (self->db) && !reopen_immutable (self, error))
    return NULL;

  if (!_cchc_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !check_file (self, g_strv_length ((char **) migrations), error) ||
      !configure_connection (self, error) ||
      !migrate (self, migrations, error) ||
      !_cchc_store_read_data_version (self, &self->data_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
_cchc_store_set_busy_timeout (CchcStore *self,
                              int        milliseconds)
{
  sqlite3_busy_timeout (self->db, milliseconds);
}

/**
 * cchc_store_get_default_path:
 *
 * Returns: (transfer full): where the database lives unless the user names
 *   another: the user data folder (LocalAppData on Windows)
 */
char *
cchc_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cchc-planner", "cchc-planner.db", NULL);
}

/**
 * cchc_store_open:
 * @path: (type filename): the database file; created when missing
 *
 * Opens the database, creating it or migrating it to the current schema
 * (after a checked backup copy beside it). A file that is not a database,
 * or one written by a newer version, is refused and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
CchcStore *
cchc_store_open (const char      *path,
                 CchcStoreFlags   flags,
                 GError         **error)
{
  g_auto(GStrv) migrations = compiled_migrations (error);

  if (migrations == NULL)
    return NULL;

  return _cchc_store_open_with_migrations (path, flags, (const char * const *) migrations,
                                           error);
}

const char *
cchc_store_get_path (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return self->path;
}

/**
 * cchc_store_is_read_only:
 *
 * Returns: whether the file cannot be written (opened read-only, or its
 *   permissions allow no more): every edit fails
 */
gboolean
cchc_store_is_read_only (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), TRUE);

  return self->read_only;
}

int
cchc_store_get_schema_version (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), 0);

  return self->schema_version;
}

