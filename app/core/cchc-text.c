/* cchc-text.c: Vietnamese text for search and sorting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-text"

#include "config.h"

#include <string.h>

#include "cchc-text.h"

/* A collation key has three levels, compared one after the other because
 * strcmp() reads the key from the left:
 *
 *   primary   one weight per base character, case and tones ignored:
 *               whitespace      LEAD_SPACE
 *               punctuation,    LEAD_SYMBOL, code point in 3 bytes
 *               symbols
 *               digits          LEAD_DIGIT, value
 *               a–z, đ, and     LEAD_LETTER, place in the Vietnamese alphabet
 *               ă â ê ô ơ ư
 *               other letters   LEAD_OTHER_LETTER, lowercase code point in 3 bytes
 *   LEVEL_SEPARATOR
 *   secondary one tone per syllable (a run of letters), wherever the mark sits
 *   LEVEL_SEPARATOR
 *   tertiary  one case per base character
 *
 * Every byte of a weight is at least WEIGHT_BASE, so the key holds no NUL and
 * a shorter primary level ("an") sorts before a longer one ("an toàn").
 * The lead byte of a primary weight fixes its length, so weights never
 * compare against the middle of another weight.
 */
#define LEVEL_SEPARATOR   0x01
#define WEIGHT_BASE       0x02
#define WEIGHT_RADIX      (0x100 - WEIGHT_BASE)

enum {
  LEAD_SPACE = WEIGHT_BASE,
  LEAD_SYMBOL,
  LEAD_DIGIT,
  LEAD_LETTER,
  LEAD_OTHER_LETTER,
};

/* The order of Vietnamese dictionaries: a, à, ả, ã, á, ạ. */
enum {
  TONE_NONE = WEIGHT_BASE,
  TONE_GRAVE,             /* huyền */
  TONE_HOOK,              /* hỏi */
  TONE_TILDE,             /* ngã */
  TONE_ACUTE,             /* sắc */
  TONE_DOT,               /* nặng */
};

enum {
  CASE_LOWER = WEIGHT_BASE,
  CASE_UPPER,
};

#define COMBINING_GRAVE       0x0300
#define COMBINING_ACUTE       0x0301
#define COMBINING_CIRCUMFLEX  0x0302
#define COMBINING_TILDE       0x0303
#define COMBINING_BREVE       0x0306
#define COMBINING_HOOK        0x0309
#define COMBINING_HORN        0x031B
#define COMBINING_DOT_BELOW   0x0323
#define CAPITAL_D_STROKE      0x0110
#define SMALL_D_STROKE        0x0111

/* Place of a–z in a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư
 * v w x y z; the gaps are for the letters with a vowel mark and for đ.
 */
static const guint8 latin_order[26] = {
   0, /* a */  3, /* b */  4, /* c */  5, /* d */  7, /* e */  9, /* f */
  10, /* g */ 11, /* h */ 12, /* i */ 13, /* j */ 14, /* k */ 15, /* l */
  16, /* m */ 17, /* n */ 18, /* o */ 21, /* p */ 22, /* q */ 23, /* r */
  24, /* s */ 25, /* t */ 26, /* u */ 28, /* v */ 29, /* w */ 30, /* x */
  31, /* y */ 32, /* z */
};
#define ORDER_D_STROKE 6

typedef struct
{
  guint8   *primary;
  guint8   *secondary;
  guint8   *tertiary;
  gsize     n_primary;
  gsize     n_secondary;
  gsize     n_tertiary;
  guint8    syllable_tone;     /* 0 outside a syllable */
} KeyBuilder;

static gboolean
is_mark (gunichar c)
{
  return g_unichar_combining_class (c) != 0 ||
         g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK;
}

/* Decomposed, so that tones and vowel marks are characters of their own. */
static char *
normalize_nfd (const char *text)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  return g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
}

static guint8
tone_of_mark (gunichar mark)
{
  switch (mark)
    {
    case COMBINING_GRAVE:
      return TONE_GRAVE;
    case COMBINING_HOOK:
      return TONE_HOOK;
    case COMBINING_TILDE:
      return TONE_TILDE;
    case COMBINING_ACUTE:
      return TONE_ACUTE;
    case COMBINING_DOT_BELOW:
      return TONE_DOT;
    default:
      return 0;
    }
}

/* Reads the marks after a base character. NFD orders them by combining
 * class, so the vowel mark and the tone may come in either order.
 */
static const char *
read_marks (const char *p,
            gunichar   *vowel_mark,
            guint8     *tone)
{
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      guint8 t;

      if (!is_mark (c))
        break;

      if ((t = tone_of_mark (c)) != 0)
        *tone = t;
      else if (c == COMBINING_BREVE || c == COMBINING_CIRCUMFLEX || c == COMBINING_HORN)
        *vowel_mark = c;

      p = g_utf8_next_char (p);
    }

  return p;
}

static gboolean
is_vietnamese_letter (gunichar lower)
{
  return (lower >= 'a' && lower <= 'z') || lower == SMALL_D_STROKE;
}

static guint
letter_order (gunichar lower,
              gunichar vowel_mark)
{
  if (lower == SMALL_D_STROKE)
    return ORDER_D_STROKE;

  switch (vowel_mark)
    {
    case COMBINING_BREVE:
      if (lower == 'a')
        return latin_order['a' - 'a'] + 1;
      break;

    case COMBINING_CIRCUMFLEX:
      if (lower == 'a')
        return latin_order['a' - 'a'] + 2;
      if (lower == 'e' || lower == 'o')
        return latin_order[lower - 'a'] + 1;
      break;

    case COMBINING_HORN:
      if (lower == 'o')
        return latin_order['o' - 'a'] + 2;
      if (lower == 'u')
        return latin_order['u' - 'a'] + 1;
      break;

    default:
      break;
    }

  return latin_order[lower - 'a'];
}

static void
add_code_point (KeyBuilder *kb,
                guint8      lead,
                gunichar    c)
{
  kb->primary[kb->n_primary++] = lead;
  kb->primary[kb->n_primary++] = WEIGHT_BASE + c / (WEIGHT_RADIX * WEIGHT_RADIX);
  kb->primary[kb->n_primary++] = WEIGHT_BASE + (c / WEIGHT_RADIX) % WEIGHT_RADIX;
  kb->primary[kb->n_primary++] = WEIGHT_BASE + c % WEIGHT_RADIX;
}

static void
end_syllable (KeyBuilder *kb)
{
  if (kb->syllable_tone != 0)
    kb->secondary[kb->n_secondary++] = kb->syllable_tone;
  kb->syllable_tone = 0;
}

static void
add_letter (KeyBuilder *kb,
            gunichar    lower,
            gunichar    vowel_mark,
            guint8      tone)
{
  if (kb->syllable_tone == 0)
    kb->syllable_tone = TONE_NONE;
  if (tone != 0)
    kb->syllable_tone = tone;

  if (is_vietnamese_letter (lower))
    {
      kb->primary[kb->n_primary++] = LEAD_LETTER;
      kb->primary[kb->n_primary++] = WEIGHT_BASE + letter_order (lower, vowel_mark);
    }
  else
    {
      add_code_point (kb, LEAD_OTHER_LETTER, lower);
    }
}

static void
add_other (KeyBuilder *kb,
           gunichar    c)
{
  int digit;

  end_syllable (kb);

  if (g_unichar_isspace (c))
    {
      kb->primary[kb->n_primary++] = LEAD_SPACE;
    }
  else if ((digit = g_unichar_digit_value (c)) >= 0)
    {
      kb->primary[kb->n_primary++] = LEAD_DIGIT;
      kb->primary[kb->n_primary++] = WEIGHT_BASE + digit;
    }
  else
    {
      add_code_point (kb, LEAD_SYMBOL, c);
    }
}

/* Fills the three levels from decomposed text; returns the key's length. */
static gsize
build_key (KeyBuilder *kb,
           const char *nfd)
{
  const char *p = nfd;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gunichar lower;
      gunichar vowel_mark = 0;
      guint8 tone = 0;

      p = g_utf8_next_char (p);

      /* Only at the very start: later marks are read with their base. */
      if (is_mark (c))
        continue;

      p = read_marks (p, &vowel_mark, &tone);
      lower = g_unichar_tolower (c);

      if (g_unichar_isalpha (c))
        add_letter (kb, lower, vowel_mark, tone);
      else
        add_other (kb, c);

      kb->tertiary[kb->n_tertiary++] = lower != c ? CASE_UPPER : CASE_LOWER;
    }

  end_syllable (kb);

  return kb->n_primary + 1 + kb->n_secondary + 1 + kb->n_tertiary;
}

/* Appends a character of decomposed text, folded: marks dropped. */
static void
append_folded (GString  *folded,
               gunichar  c)
{
  if (is_mark (c))
    return;

  /* đ has no decomposition, and GLib's ASCII folding makes it "?". */
  if (c == SMALL_D_STROKE || c == CAPITAL_D_STROKE)
    c = 'd';
  else
    c = g_unichar_tolower (c);

  if (c < 0x80)
    g_string_append_c (folded, (char) c);
  else
    g_string_append_unichar (folded, c);
}

/**
 * cchc_text_fold:
 * @text: (nullable): any text, even invalid UTF-8
 *
 * Folds @text for searching: tones and vowel marks dropped, đ made d, lower
 * case. "Tuyên Truyền" and "tuyen truyen" fold alike, as do "hòa" and "hoà".
 * Only characters are mapped; spaces and punctuation are kept as they are.
 *
 * Returns: (transfer full): the folded text, "" for %NULL
 */
char *
cchc_text_fold (const char *text)
{
  g_autofree char *valid = NULL;
  GString *folded;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  folded = g_string_sized_new (strlen (text));

  /* Each character decomposed on its own, as NFD would (the order NFD
   * gives the marks does not matter: they are all dropped). Search folds
   * every task's text, so plain ASCII takes the short way. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n_chars;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (folded, g_ascii_tolower (*p));
          continue;
        }

      n_chars = g_unichar_fully_decompose (g_utf8_get_char (p), FALSE, decomposed,
                                           G_N_ELEMENTS (decomposed));
      for (gsize i = 0; i < n_chars; i++)
        append_folded (folded, decomposed[i]);
    }

  return g_string_free (folded, FALSE);
}

/**
 * cchc_text_contains:
 * @folded_text: (nullable): text folded with cchc_text_fold()
 * @folded_query: (nullable): a query folded with cchc_text_fold()
 *
 * Returns: %TRUE if @folded_query is empty or occurs in @folded_text as it is
 */
gboolean
cchc_text_contains (const char *folded_text,
                    const char *folded_query)
{
  if (folded_query == NULL || folded_query[0] == '\0')
    return TRUE;

  if (folded_text == NULL)
    return FALSE;

  return strstr (folded_text, folded_query) != NULL;
}

/**
 * cchc_text_collate_key:
 * @text: (nullable): any text, even invalid UTF-8
 *
 * Builds a key such that strcmp() of two keys orders their texts in
 * Vietnamese alphabetical order (a ă â b c d đ e ê … u ư v x y), without the
 * locale: letters first, then the tone of each syllable (none, huyền, hỏi,
 * ngã, sắc, nặng), then case (lower before upper). Spelling variants that
 * place the tone on another vowel ("hòa", "hoà") get the same key.
 *
 * Returns: (transfer full): the key; "" for %NULL, which sorts before the
 *   key of any text
 */
char *
cchc_text_collate_key (const char *text)
{
  g_autofree char *nfd = NULL;
  KeyBuilder kb = { 0 };
  guint8 *key;
  gsize len;
  gsize key_len;

  if (text == NULL)
    return g_strdup ("");

  nfd = normalize_nfd (text);
  len = strlen (nfd);

  /* Each base character takes at least one byte of @nfd and at most four
   * bytes of primary weight, one of secondary and one of tertiary: the
   * levels are filled apart in one buffer, then moved together.
   */
  key = g_malloc (6 * len + 3);
  kb.primary = key;
  kb.secondary = key + 4 * len + 1;
  kb.tertiary = key + 5 * len + 2;

  key_len = build_key (&kb, nfd);

  key[kb.n_primary] = LEVEL_SEPARATOR;
  memmove (key + kb.n_primary + 1, kb.secondary, kb.n_secondary);
  key[kb.n_primary + 1 + kb.n_secondary] = LEVEL_SEPARATOR;
  memmove (key + kb.n_primary + 2 + kb.n_secondary, kb.tertiary, kb.n_tertiary);
  key[key_len] = '\0';

  return g_realloc (key, key_len + 1);
}

/**
 * cchc_text_collate:
 * @a: (nullable): a text
 * @b: (nullable): another text
 *
 * Compares two texts as cchc_text_collate_key() orders them; %NULL sorts
 * first. Callers sorting many rows should compute the keys once instead.
 *
 * Returns: negative, zero or positive as @a sorts before, with or after @b
 */
int
cchc_text_collate (const char *a,
                   const char *b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;
  int cmp;

  if (a == b)
    return 0;
  if (a == NULL)
    return -1;
  if (b == NULL)
    return 1;

  key_a = cchc_text_collate_key (a);
  key_b = cchc_text_collate_key (b);
  cmp = strcmp (key_a, key_b);

  return (cmp > 0) - (cmp < 0);
}

/**
 * cchc_text_squeeze:
 * @text: (nullable): a one-line text, such as a name
 *
 * Tidies the spaces of @text: none at its ends, one between its words
 * (a double space typed inside a name is not seen, and is not meant).
 *
 * Returns: (transfer full): the text, "" for %NULL
 */
char *
cchc_text_squeeze (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *squeezed = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Any space: a tab, a line break, a no-break space pasted from a
       * document. */
      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && squeezed->len > 0)
        g_string_append_c (squeezed, ' ');
      space = FALSE;
      g_string_append_unichar (squeezed, c);
    }

  return g_string_free (squeezed, FALSE);
}

/**
 * cchc_text_name_key:
 * @name: (nullable): a name, such as a unit's
 *
 * Two names with the same key are the same name to a reader: case, the
 * spaces around and between the words and the vowel that carries the
 * tone ("hòa", "hoà") do not count; letters and tones do ("Thư viện" is
 * not "Thu vien").
 *
 * Returns: (transfer full): the key, to compare with strcmp()
 */
char *
cchc_text_name_key (const char *name)
{
  g_autofree char *squeezed = cchc_text_squeeze (name);
  g_autofree char *folded = g_utf8_casefold (squeezed, -1);

  return cchc_text_collate_key (folded);
}

