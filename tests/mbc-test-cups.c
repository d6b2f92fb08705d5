/* mbc-test-cups.c: a private print server for the tests of printing
 *
 * The tests print through CUPS, as a person's computer does: a cupsd of
 * their own, with its configuration, spool, cache, state and socket in
 * a folder under the build folder, and one printer, the default, which
 * keeps each job's PDF. CUPS_SERVER points GTK (and the guide, which
 * asks the server after the pages it sent) at it; HOME, LPDEST and
 * PRINTER are cleared so that no option of whoever runs the tests
 * chooses another printer.
 *
 * The printer is a raw queue on file:/dev/null with PreserveJobFiles:
 * the server keeps the document of every job, exactly as GTK sent it,
 * and the test reads it back. No backend runs, and nothing here needs
 * root: cupsd runs as whoever runs the tests (as root, it would run
 * backends and filters as "lp"). Debian's cups-pdf is not used: its
 * backend must run as root and writes where /etc/cups/cups-pdf.conf
 * says, a file of the machine's and not of the build, shared by every
 * run at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "mbc-test-cups.h"

static char *folder;
static char *socket_path;
static GSubprocess *cupsd;
/* The jobs read back so far: each test reads the ones it printed. */
static int last_job;

/**
 * mbc_test_cups_why_not:
 *
 * Returns: (nullable): why the tests cannot have a print server here
 *   (the programs are missing), or %NULL
 */
char *
mbc_test_cups_why_not (void)
{
  const char *programs[] = { "cupsd", "lpadmin", "lpstat", "cupsenable", "cupsdisable",
                             "cupsaccept", "cupsreject" };

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autofree char *path = g_find_program_in_path (programs[i]);

      /* cupsd is in /usr/sbin, which a user's PATH may not hold. */
      if (path == NULL && i == 0)
        path = g_find_program_in_path ("/usr/sbin/cupsd");
      if (path == NULL)
        return g_strdup_printf ("%s is not installed (Debian's cups and cups-client: "
                                "build-aux/mbc-dev test installs them)", programs[i]);
    }

  return NULL;
}

static void
write_file (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static gboolean
run_status (const char * const *argv,
            char              **output)
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Quiet: the test's standard output is its TAP report. */
  g_spawn_sync (NULL, (char **) argv, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL |
                (output == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0),
                NULL, NULL, output, NULL, &status, &error);
  g_assert_no_error (error);

  return g_spawn_check_wait_status (status, NULL);
}

/**
 * mbc_test_cups_run:
 * @program: lpadmin, cupsdisable and their like
 * @...: its arguments, then %NULL
 *
 * Runs @program on the private server, and fails the test if it fails.
 */
void
mbc_test_cups_run (const char *program,
                   ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *output = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) program);
  va_start (args, program);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  if (!run_status ((const char * const *) argv->pdata, &output))
    g_error ("%s failed on the tests' print server", program);
}

/**
 * mbc_test_cups_add_printer:
 *
 * Adds the printer, as the default, to the running server.
 */
void
mbc_test_cups_add_printer (void)
{
  /* A raw queue: no driver, no filter, the job's PDF as GTK made it. */
  mbc_test_cups_run ("lpadmin", "-p", MBC_TEST_CUPS_PRINTER, "-E", "-v", "file:///dev/null",
                     NULL);
  mbc_test_cups_run ("lpadmin", "-d", MBC_TEST_CUPS_PRINTER, NULL);
}

static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/**
 * mbc_test_cups_start:
 *
 * Starts the private print server, the first time with its printer,
 * and waits until it answers.
 */
void
mbc_test_cups_start (void)
{
  const char *lpstat[] = { "lpstat", "-r", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *files = NULL;
  g_autofree char *cupsd_path = NULL;
  gboolean first = folder == NULL;

  if (first)
    {
      g_autofree char *name = g_strdup_printf ("cups-%d", (int) getpid ());
      const char *dirs[] = { "spool", "spool/tmp", "cache", "state", "log" };

      folder = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), name, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
        {
          g_autofree char *dir = g_build_filename (folder, dirs[i], NULL);

          g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
        }
      socket_path = g_build_filename (folder, "cups.sock", NULL);
      /* A socket's path has room for 107 bytes: a build folder deep in
       * a long path gets its socket in a temporary folder.
       */
      if (strlen (socket_path) > 100)
        {
          g_autofree char *tmp = g_dir_make_tmp ("mbc-cups-XXXXXX", &error);

          g_assert_no_error (error);
          g_free (socket_path);
          socket_path = g_build_filename (tmp, "cups.sock", NULL);
        }

      conf = g_strdup_printf ("Listen %s\n"
                              "LogLevel warn\n"
                              "Browsing No\n"
                              "WebInterface No\n"
                              "DefaultAuthType None\n"
                              /* The job's PDF, kept for the test to read. */
                              "PreserveJobFiles Yes\n"
                              "PreserveJobHistory Yes\n"
                              "MaxJobs 0\n"
                              "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                              "<Policy default>\n"
                              "  JobPrivateAccess all\n  JobPrivateValues none\n"
                              "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
                              "  <Limit All>\n    Order deny,allow\n  </Limit>\n"
                              "</Policy>\n",
                              socket_path);
      files = g_strdup_printf ("ServerRoot %1$s\n"
                               "RequestRoot %1$s/spool\n"
                               "TempDir %1$s/spool/tmp\n"
                               "CacheDir %1$s/cache\n"
                               "StateDir %1$s/state\n"
                               "ErrorLog %1$s/log/error_log\n"
                               "AccessLog %1$s/log/access_log\n"
                               "PageLog %1$s/log/page_log\n"
                               "ServerBin /usr/lib/cups\n"
                               "DataDir /usr/share/cups\n",
                               folder);
      write_file ("cupsd.conf", conf);
      write_file ("cups-files.conf", files);
      g_setenv ("CUPS_SERVER", socket_path, TRUE);
      /* For the test's subprocesses (mbc_test_cups_attach()). */
      g_setenv ("MBC_TEST_CUPS_FOLDER", folder, TRUE);
    }

  cupsd_path = g_find_program_in_path ("cupsd");
  if (cupsd_path == NULL)
    cupsd_path = g_strdup ("/usr/sbin/cupsd");
  {
    g_autofree char *conf_path = g_build_filename (folder, "cupsd.conf", NULL);
    g_autofree char *files_path = g_build_filename (folder, "cups-files.conf", NULL);

    g_autoptr(GSubprocessLauncher) launcher = NULL;

    /* In the foreground, so that the test stops it, and stopped with
     * the test if the test dies first; silent, since its output would
     * keep the test's open (it logs in its folder's log/).
     */
    launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                          G_SUBPROCESS_FLAGS_STDERR_SILENCE);
    g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
    cupsd = g_subprocess_launcher_spawn (launcher, &error, cupsd_path, "-f", "-c", conf_path,
                                         "-s", files_path, NULL);
    g_assert_no_error (error);
  }

  for (guint i = 0; i < 100; i++)
    {
      if (run_status (lpstat, NULL))
        break;
      g_assert_false (g_subprocess_get_if_exited (cupsd));
      g_usleep (50 * 1000);
    }
  g_assert_true (run_status (lpstat, NULL));

  if (first)
    mbc_test_cups_add_printer ();
}

/**
 * mbc_test_cups_stop:
 *
 * Stops the private print server, and waits until it has.
 */
void
mbc_test_cups_stop (void)
{
  g_autoptr(GError) error = NULL;

  if (cupsd == NULL)
    return;

  g_subprocess_send_signal (cupsd, SIGTERM);
  g_subprocess_wait (cupsd, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&cupsd);
}

/**
 * mbc_test_cups_remove:
 *
 * Stops the server and removes its folder, unless MBC_KEEP_CUPS is set.
 */
void
mbc_test_cups_remove (void)
{
  mbc_test_cups_stop ();
  if (folder != NULL && g_getenv ("MBC_KEEP_CUPS") == NULL)
    {
      const char *argv[] = { "rm", "-rf", folder, NULL };

      run_status (argv, NULL);
      if (!g_str_has_prefix (socket_path, folder))
        {
          g_autofree char *dir = g_path_get_dirname (socket_path);

          g_remove (socket_path);
          g_rmdir (dir);
        }
    }
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&socket_path, g_free);
}

/**
 * mbc_test_cups_dup_queue:
 *
 * Returns: the jobs on the server that are not finished, as lpstat -o
 *   lists them: empty when there are none
 */
char *
mbc_test_cups_dup_queue (void)
{
  const char *argv[] = { "lpstat", "-o", NULL };
  char *output = NULL;

  g_assert_true (run_status (argv, &output));

  return g_strstrip (output);
}

/* The highest number of a completed job, or 0. */
static int
newest_completed (void)
{
  const char *argv[] = { "lpstat", "-W", "completed", "-o", NULL };
  g_autofree char *output = NULL;
  g_auto(GStrv) lines = NULL;
  int newest = 0;

  g_assert_true (run_status (argv, &output));
  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *dash;

      if (!g_str_has_prefix (lines[i], MBC_TEST_CUPS_PRINTER "-"))
        continue;
      dash = lines[i] + strlen (MBC_TEST_CUPS_PRINTER "-");
      newest = MAX (newest, atoi (dash));
    }

  return newest;
}

/**
 * mbc_test_cups_wait_empty:
 *
 * Waits up to five seconds until no job is left in the queue, and fails
 * if one is.
 */
void
mbc_test_cups_wait_empty (void)
{
  g_autofree char *queue = NULL;

  for (guint i = 0; i < 100; i++)
    {
      g_free (queue);
      queue = mbc_test_cups_dup_queue ();
      if (*queue == '\0')
        {
          /* The jobs cancelled count as done: the next job read is newer. */
          last_job = newest_completed ();
          return;
        }
      g_usleep (50 * 1000);
    }
  g_error ("Jobs are left on the print server:\n%s", queue);
}

/**
 * mbc_test_cups_attach:
 *
 * In a subprocess of the test, uses the print server its parent started
 * (which the environment names), from the jobs it has already.
 */
void
mbc_test_cups_attach (void)
{
  g_assert_nonnull (g_getenv ("MBC_TEST_CUPS_FOLDER"));
  g_assert_nonnull (g_getenv ("CUPS_SERVER"));
  folder = g_strdup (g_getenv ("MBC_TEST_CUPS_FOLDER"));
  socket_path = g_strdup (g_getenv ("CUPS_SERVER"));
  last_job = newest_completed ();
}

/**
 * mbc_test_cups_wait_printed:
 *
 * Waits, while the main context runs, up to twenty seconds for the
 * printer to print one more job, and fails if it does not.
 *
 * Returns: the path of the job's PDF, as the print server got it
 */
char *
mbc_test_cups_wait_printed (void)
{
  int newest = 0;

  for (guint i = 0; i < 400 && newest <= last_job; i++)
    {
      newest = newest_completed ();
      if (newest <= last_job)
        {
          g_usleep (50 * 1000);
          while (g_main_context_iteration (NULL, FALSE))
            ;
        }
    }
  if (newest <= last_job)
    g_error ("The printer printed no job: the queue holds\n%s", mbc_test_cups_dup_queue ());
  last_job = newest;

  return g_strdup_printf ("%s/spool/d%05d-001", folder, newest);
}
