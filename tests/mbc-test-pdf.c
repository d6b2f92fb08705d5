/* mbc-test-pdf.c: a printed page read back as a person reads it: its
 * text with pdftotext, its pages with pdfinfo, and its QR codes with
 * zbarimg from a 200 dpi picture, the way a phone's camera would see
 * the paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mbc-links.h"
#include "mbc-resource.h"
#include "mbc-test-pdf.h"
#include "mbc-test-util.h"

/* Every run of white space as one space: lines wrap where the page says. */
char *
mbc_test_pdf_squeeze (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* The words of the PDF at @path, squeezed. */
char *
mbc_test_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *text = mbc_test_run_program (argv);

  return mbc_test_pdf_squeeze (text);
}

/* Fails unless @page (squeezed) says @text, wherever its lines wrap. */
void
mbc_test_pdf_assert_holds (const char *page,
                           const char *text)
{
  g_autofree char *squeezed = mbc_test_pdf_squeeze (text);

  if (strstr (page, squeezed) == NULL)
    g_error ("The page does not say “%s”:\n%s", squeezed, page);
}

/* Fails unless the PDF at @path is one page, of @paper ("A4",
 * "letter", as pdfinfo names it) unless that is NULL.
 */
void
mbc_test_pdf_assert_pages (const char *path,
                           const char *paper)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = mbc_test_run_program (argv);
  g_autoptr(GRegex) pages = g_regex_new ("^Pages: +1$", G_REGEX_MULTILINE, 0, NULL);

  if (!g_regex_match (pages, info, 0, NULL))
    g_error ("Not one page:\n%s", info);
  if (paper != NULL)
    {
      g_autofree char *size = g_strdup_printf ("^Page size: .*\\(%s\\)$", paper);
      g_autoptr(GRegex) sized = g_regex_new (size, G_REGEX_MULTILINE, 0, NULL);

      if (!g_regex_match (sized, info, 0, NULL))
        g_error ("Not on %s paper:\n%s", paper, info);
    }
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
sort (GStrv strings)
{
  qsort (strings, g_strv_length (strings), sizeof (char *), compare_strings);
}

/* The codes on the PDF at @path, as a phone reads them, sorted. */
GStrv
mbc_test_pdf_scan (const char *path)
{
  g_autofree char *prefix = g_strconcat (path, "-picture", NULL);
  g_autofree char *picture = g_strconcat (prefix, ".png", NULL);
  const char *render[] = { "pdftoppm", "-r", "200", "-png", "-singlefile", path, prefix, NULL };
  const char *read[] = { "zbarimg", "--raw", "-q", picture, NULL };
  g_autofree char *out = NULL;
  GStrv codes;

  g_free (mbc_test_run_program (render));
  out = mbc_test_run_program (read);
  g_strstrip (out);
  codes = g_strsplit (out, "\n", -1);
  sort (codes);

  return codes;
}

/* What a workstation's page promises: the first four help lines with a
 * web page or a number, the hospital's first; each code holds the web
 * page, or the number where there is none. Sorted.
 */
GStrv
mbc_test_pdf_handout_codes (MbcContent *content)
{
  GListModel *resources = mbc_content_get_resources (content);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GStrv codes;
  guint n = 0;

  for (int local = TRUE; local >= FALSE; local--)
    for (guint i = 0; i < g_list_model_get_n_items (resources) && n < 4; i++)
      {
        g_autoptr(MbcResource) resource = g_list_model_get_item (resources, i);
        g_autofree char *phone_uri = NULL;

        if (mbc_resource_get_local (resource) != local)
          continue;
        if (mbc_resource_get_website (resource) != NULL)
          g_strv_builder_add (builder, mbc_resource_get_website (resource));
        else if (mbc_resource_get_phone (resource) != NULL)
          {
            phone_uri = mbc_links_phone_uri (mbc_resource_get_phone (resource));
            g_strv_builder_add (builder, phone_uri);
          }
        else
          continue;
        n++;
      }

  codes = g_strv_builder_end (builder);
  sort (codes);

  return codes;
}

/* Fails unless the codes on the PDF at @path are those a workstation's
 * page promises (mbc_test_pdf_handout_codes()).
 */
void
mbc_test_pdf_assert_handout_codes (const char *path,
                                   MbcContent *content)
{
  g_auto(GStrv) codes = mbc_test_pdf_scan (path);
  g_auto(GStrv) expected = mbc_test_pdf_handout_codes (content);
  g_autofree char *read = g_strjoinv (" ", codes);
  g_autofree char *wanted = g_strjoinv (" ", expected);

  g_assert_cmpuint (g_strv_length (expected), ==, 4);
  g_assert_cmpstr (read, ==, wanted);
}
