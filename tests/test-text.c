/* test-text.c: folding Vietnamese text for search, and sorting it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cchc-text.h"

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = cchc_text_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

static void
assert_same_key (const char *a,
                 const char *b)
{
  g_autofree char *key_a = cchc_text_collate_key (a);
  g_autofree char *key_b = cchc_text_collate_key (b);

  g_assert_cmpstr (key_a, ==, key_b);
  g_assert_cmpint (cchc_text_collate (a, b), ==, 0);
  g_assert_cmpint (cchc_text_collate (b, a), ==, 0);
}

static void
assert_before (const char *a,
               const char *b)
{
  g_assert_cmpint (cchc_text_collate (a, b), <, 0);
  g_assert_cmpint (cchc_text_collate (b, a), >, 0);
}

static int
compare_collate (gconstpointer a,
                 gconstpointer b)
{
  return cchc_text_collate (*(const char * const *)a, *(const char * const *)b);
}

/* Sorts a shuffled copy of @expected, which must come back as it was, and
 * checks that each neighbour pair is strictly ordered.
 */
static void
assert_sorted (const char * const *expected,
               guint               n)
{
  g_autoptr(GPtrArray) shuffled = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (shuffled, (gpointer)expected[i]);

  for (guint i = n - 1; i > 0; i--)
    {
      guint j = g_test_rand_int_range (0, i + 1);
      gpointer tmp = shuffled->pdata[i];

      shuffled->pdata[i] = shuffled->pdata[j];
      shuffled->pdata[j] = tmp;
    }

  g_ptr_array_sort (shuffled, compare_collate);

  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (shuffled, i), ==, expected[i]);

  for (guint i = 0; i + 1 < n; i++)
    assert_before (expected[i], expected[i + 1]);
}

static void
test_fold_letters (void)
{
  assert_fold ("đ", "d");
  assert_fold ("Đ", "d");
  assert_fold ("ư", "u");
  assert_fold ("ơ", "o");
  assert_fold ("ă", "a");
  assert_fold ("â", "a");
  assert_fold ("ê", "e");
  assert_fold ("ô", "o");
  assert_fold ("Ă Â Ê Ô Ơ Ư", "a a e o o u");
  assert_fold ("ƯƠ", "uo");
  assert_fold ("Đặng", "dang");
  assert_fold ("Đoàn Thanh niên", "doan thanh nien");
}

/* Every tone on every vowel, precomposed, in both cases. */
static void
test_fold_tones (void)
{
  static const struct {
    const char *row;
    const char *base;
  } rows[] = {
    { "aàảãáạăằẳẵắặâầẩẫấậ", "a" },
    { "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬ", "a" },
    { "eèẻẽéẹêềểễếệ", "e" },
    { "EÈẺẼÉẸÊỀỂỄẾỆ", "e" },
    { "iìỉĩíị", "i" },
    { "IÌỈĨÍỊ", "i" },
    { "oòỏõóọôồổỗốộơờởỡớợ", "o" },
    { "OÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢ", "o" },
    { "uùủũúụưừửữứự", "u" },
    { "UÙỦŨÚỤƯỪỬỮỨỰ", "u" },
    { "yỳỷỹýỵ", "y" },
    { "YỲỶỸÝỴ", "y" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint n = 0;

      for (const char *p = rows[i].row; *p != '\0'; p = g_utf8_next_char (p))
        {
          char letter[8] = { 0 };

          g_unichar_to_utf8 (g_utf8_get_char (p), letter);
          assert_fold (letter, rows[i].base);
          n++;
        }

      /* The rows are complete: 6 tones times the vowel's variants. */
      g_assert_cmpuint (n % 6, ==, 0);
    }
}

static void
test_fold_equivalent (void)
{
  g_autofree char *hoa_old = cchc_text_fold ("hòa");
  g_autofree char *hoa_new = cchc_text_fold ("hoà");
  g_autofree char *thuy_old = cchc_text_fold ("Thủy");
  g_autofree char *thuy_new = cchc_text_fold ("Thuỷ");

  g_assert_cmpstr (hoa_old, ==, "hoa");
  g_assert_cmpstr (hoa_new, ==, "hoa");
  g_assert_cmpstr (thuy_old, ==, "thuy");
  g_assert_cmpstr (thuy_new, ==, "thuy");

  /* Decomposed input, as some keyboards and PDFs produce it. */
  assert_fold ("ho\xcc\x80" "a", "hoa");                  /* o + U+0300 */
  assert_fold ("Vie\xcc\xa3\xcc\x82t", "viet");           /* e + U+0323 + U+0302 */
}

static void
test_fold_case (void)
{
  assert_fold ("Tuyên Truyền", "tuyen truyen");
  assert_fold ("ĐẶNG VĂN ƯỚC", "dang van uoc");
  assert_fold ("UBND tỉnh", "ubnd tinh");
  /* Only characters are mapped: spaces and punctuation stay. */
  assert_fold ("  Sở  Nội vụ (VP) ", "  so  noi vu (vp) ");
}

static void
test_fold_null (void)
{
  assert_fold (NULL, "");
  assert_fold ("", "");
}

static void
test_fold_invalid (void)
{
  g_autofree char *folded = cchc_text_fold ("\xc4\x90\xe1\xba\xb7ng\xff\xfe Vi\xe1\xbb");

  g_assert_true (g_utf8_validate (folded, -1, NULL));
  g_assert_true (g_str_has_prefix (folded, "dang"));
  g_assert_nonnull (strstr (folded, " vi"));
}

static void
test_fold_many (void)
{
  for (int i = 0; i < 10000; i++)
    {
      g_autofree char *text =
        g_strdup_printf ("Nhiệm vụ số %d của Sở Văn hóa, Thể thao và Du lịch", i);
      g_autofree char *expected =
        g_strdup_printf ("nhiem vu so %d cua so van hoa, the thao va du lich", i);
      g_autofree char *folded = cchc_text_fold (text);

      g_assert_cmpstr (folded, ==, expected);
    }
}

static void
test_contains (void)
{
  g_autofree char *text = cchc_text_fold ("Tuyên truyền phổ biến");
  g_autofree char *name = cchc_text_fold ("Đặng");
  g_autofree char *query = cchc_text_fold ("TUYÊN truyen");

  g_assert_true (cchc_text_contains (text, "tuyen truyen"));
  g_assert_true (cchc_text_contains (text, query));
  g_assert_true (cchc_text_contains (text, "pho bien"));
  g_assert_true (cchc_text_contains (name, "dang"));
  g_assert_true (cchc_text_contains (text, ""));
  g_assert_true (cchc_text_contains (text, NULL));
  g_assert_true (cchc_text_contains ("", ""));

  g_assert_false (cchc_text_contains (text, "truyen tuyen"));
  g_assert_false (cchc_text_contains (text, "tuyentruyen"));
  g_assert_false (cchc_text_contains (name, "dung"));
  g_assert_false (cchc_text_contains ("", "a"));
  g_assert_false (cchc_text_contains (NULL, "a"));
}

static void
test_collate_alphabet (void)
{
  static const char * const words[] = {
    "an", "an toàn", "anh", "ăn", "ân", "bé", "cá", "da", "đa", "em", "ê", "gà", "hòa",
    "ích", "kế", "lá", "ma", "na", "o", "ô", "ơ", "phố", "quý", "rổ", "sở", "tá", "u",
    "ư", "văn", "xã", "y",
  };

  assert_sorted (words, G_N_ELEMENTS (words));
}

static void
test_collate_letters (void)
{
  static const char * const names[] = {
    "Dũng", "Dương", "Đặng", "Đức", "Em",
  };
  /* The whole Latin alphabet with the Vietnamese letters in their places. */
  static const char * const letters[] = {
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
  };

  assert_sorted (names, G_N_ELEMENTS (names));
  assert_sorted (letters, G_N_ELEMENTS (letters));

  assert_before ("Ư", "V");
  assert_before ("V", "Z");
  assert_before ("Ơ", "P");
  assert_before ("Đ", "E");
  assert_before ("Ưu", "Z");
  /* Letters of other scripts after the Latin ones, by code point. */
  assert_before ("z", "漢");
  assert_before ("Ω", "漢");
}

static void
test_collate_tones (void)
{
  static const char * const ma[] = {
    "ma", "mà", "mả", "mã", "má", "mạ",
  };

  assert_sorted (ma, G_N_ELEMENTS (ma));

  /* The tone only counts when all the letters are equal. */
  assert_before ("ba", "bà");
  assert_before ("bà", "bác");
  assert_before ("bạ", "bác");
  assert_before ("mạ", "mai");
  /* One tone per syllable, the first syllable first. */
  assert_before ("ba bà", "bà ba");
  /* Tones come before case. */
  assert_before ("Ba", "bà");
}

static void
test_collate_equivalent (void)
{
  assert_same_key ("hòa", "hoà");
  assert_same_key ("Thủy", "Thuỷ");
  assert_same_key ("Văn hóa", "Văn hoá");
  assert_same_key ("Khỏe", "Khoẻ");
  assert_same_key ("hòa", "ho\xcc\x80" "a");
  assert_same_key ("Việt", "Vie\xcc\x82\xcc\xa3t");

  /* Tone on the wrong letter is still a different tone. */
  assert_before ("hòa", "hóa");
}

static void
test_collate_case (void)
{
  g_autofree char *lower = cchc_text_collate_key ("an");
  g_autofree char *upper = cchc_text_collate_key ("An");
  const char *tertiary;

  assert_before ("an", "An");
  assert_before ("An", "AN");
  assert_before ("An", "anh");
  assert_before ("AN", "anh");
  assert_before ("AN", "ăn");

  /* "an" and "An" differ only after the second separator. */
  tertiary = strchr (strchr (lower, '\x01') + 1, '\x01') + 1;
  g_assert_cmpint (strncmp (lower, upper, tertiary - lower), ==, 0);
  g_assert_cmpstr (lower, !=, upper);
}

static void
test_collate_digits (void)
{
  static const char * const items[] = {
    "", " ", "(1)", "-", "0", "1", "1 a", "10", "2", "9", "a", "a 1", "a b", "a-b", "a1",
    "ab",
  };

  assert_sorted (items, G_N_ELEMENTS (items));

  assert_before ("Quý 1", "Quý 2");
  assert_before ("2022", "Ba");
  assert_before ("an", "an toàn");
  assert_before ("an toàn", "anh");
}

static void
test_collate_units (void)
{
  /* Ủy starts with U, which comes before V. */
  static const char * const units[] = {
    "Các đơn vị có liên quan",
    "Phòng Tổ chức cán bộ",
    "Sở Nội vụ",
    "Thanh tra Sở",
    "Thư viện tỉnh",
    "Trung tâm Văn hóa Nghệ thuật tỉnh",
    "Ủy ban nhân dân",
    "Văn phòng Sở",
  };

  assert_sorted (units, G_N_ELEMENTS (units));
}

static void
test_collate_null (void)
{
  g_autofree char *null_key = cchc_text_collate_key (NULL);
  g_autofree char *empty_key = cchc_text_collate_key ("");

  g_assert_cmpstr (null_key, ==, "");
  g_assert_cmpstr (empty_key, ==, "\x01\x01");
  g_assert_cmpint (strcmp (null_key, empty_key), <, 0);

  g_assert_cmpint (cchc_text_collate (NULL, NULL), ==, 0);
  g_assert_cmpint (cchc_text_collate (NULL, ""), <, 0);
  g_assert_cmpint (cchc_text_collate ("", NULL), >, 0);
  g_assert_cmpint (cchc_text_collate (NULL, "a"), <, 0);
  g_assert_cmpint (cchc_text_collate ("", "a"), <, 0);
  g_assert_cmpint (cchc_text_collate ("a", "a"), ==, 0);
}

/* The layout: primary, 0x01, one tone per syllable, 0x01, one case per
 * character; no NUL inside.
 */
static void
test_collate_key_layout (void)
{
  static const struct {
    const char *text;
    gsize       length;
  } cases[] = {
    /* 7 letters × 2 + space, 2 syllables, 8 characters */
    { "Đặng Văn", 15 + 1 + 2 + 1 + 8 },
    /* 2 letters × 2 + 2 digits × 2 + space + "," × 4, 1 syllable, 6 */
    { "Ab 12,", 13 + 1 + 1 + 1 + 6 },
    /* code points with a zero digit in base 254: þ (U+00FE), U+FC04 */
    { "þ", 4 + 1 + 1 + 1 + 1 },
    { "\xef\xb0\x84", 4 + 1 + 1 + 1 + 1 },
    /* two letters of another script, a space, an emoji */
    { "漢字 😀", 13 + 1 + 1 + 1 + 4 },
    /* a mark with no base is dropped */
    { "\xcc\x80" "a", 2 + 1 + 1 + 1 + 1 },
  };
  g_autofree char *hoa = cchc_text_collate_key ("hòa");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = cchc_text_collate_key (cases[i].text);

      g_assert_cmpuint (strlen (key), ==, cases[i].length);
    }

  /* h o a, huyền, three lowercase letters */
  g_assert_cmpstr (hoa, ==, "\x05\x0d\x05\x14\x05\x02" "\x01" "\x03" "\x01" "\x02\x02\x02");
}

static void
test_collate_invalid (void)
{
  g_autofree char *key = cchc_text_collate_key ("\xc4\x90\xff\xfe" "a\xe1\xbb");

  g_assert_cmpuint (strlen (key), >, 2);
  assert_before ("\xff", "0");
  assert_before ("Đ\xff", "Đa");
}

static void
test_collate_many (void)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Nhiệm vụ %05d của Phòng Văn hóa", i);

      g_ptr_array_add (keys, cchc_text_collate_key (text));
    }

  for (guint i = 0; i + 1 < keys->len; i++)
    g_assert_cmpint (strcmp (g_ptr_array_index (keys, i), g_ptr_array_index (keys, i + 1)), <, 0);
}

static void
test_squeeze (void)
{
  static const struct {
    const char *text;
    const char *squeezed;
  } cases[] = {
    { "Thư viện", "Thư viện" },
    { "  Thư  viện ", "Thư viện" },
    { "Thư\tviện\n", "Thư viện" },
    { "Thư\u00a0\u00a0viện", "Thư viện" },  /* no-break spaces, from a document */
    { "   ", "" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *squeezed = cchc_text_squeeze (cases[i].text);

      g_assert_cmpstr (squeezed, ==, cases[i].squeezed);
    }
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *key_a = cchc_text_name_key (a);
  g_autofree char *key_b = cchc_text_name_key (b);

  return strcmp (key_a, key_b) == 0;
}

static void
test_name_key (void)
{
  g_assert_true (same_name ("Thư viện tỉnh", "Thư viện tỉnh"));
  g_assert_true (same_name ("Thư viện tỉnh", "Thư  viện tỉnh"));
  g_assert_true (same_name ("Thư viện tỉnh", " thư viện TỈNH "));
  g_assert_true (same_name ("Phòng Văn hóa", "Phòng Văn hoá"));
  g_assert_true (same_name ("Đội Thông tin", "đội thông tin"));
  g_assert_true (same_name ("Văn phòng Sở", "Văn\u00a0phòng Sở"));

  g_assert_false (same_name ("Thư viện tỉnh", "Thu vien tinh"));
  g_assert_false (same_name ("Thư viện", "Thư việc"));
  g_assert_false (same_name ("Thư viện", "Thư viện tỉnh"));
  g_assert_false (same_name ("Thư viện", "Thưviện"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/letters", test_fold_letters);
  g_test_add_func ("/text/fold/tones", test_fold_tones);
  g_test_add_func ("/text/fold/equivalent", test_fold_equivalent);
  g_test_add_func ("/text/fold/case", test_fold_case);
  g_test_add_func ("/text/fold/null", test_fold_null);
  g_test_add_func ("/text/fold/invalid", test_fold_invalid);
  g_test_add_func ("/text/fold/many", test_fold_many);
  g_test_add_func ("/text/contains", test_contains);
  g_test_add_func ("/text/collate/alphabet", test_collate_alphabet);
  g_test_add_func ("/text/collate/letters", test_collate_letters);
  g_test_add_func ("/text/collate/tones", test_collate_tones);
  g_test_add_func ("/text/collate/equivalent", test_collate_equivalent);
  g_test_add_func ("/text/collate/case", test_collate_case);
  g_test_add_func ("/text/collate/digits", test_collate_digits);
  g_test_add_func ("/text/collate/units", test_collate_units);
  g_test_add_func ("/text/collate/null", test_collate_null);
  g_test_add_func ("/text/collate/key-layout", test_collate_key_layout);
  g_test_add_func ("/text/collate/invalid", test_collate_invalid);
  g_test_add_func ("/text/collate/many", test_collate_many);
  g_test_add_func ("/text/squeeze", test_squeeze);
  g_test_add_func ("/text/name-key", test_name_key);

  return g_test_run ();
}
