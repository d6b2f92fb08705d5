/* mbc-cups-job.h: a workstation's page, followed on the print server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     mbc_cups_job_follow_async  (const char          *printer,
                                     const char          *title,
                                     guint                seconds,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean mbc_cups_job_follow_finish (GAsyncResult        *result,
                                     GError             **error);
void     mbc_cups_job_cancel_ours   (void);

G_END_DECLS
