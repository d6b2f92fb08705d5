/* mbc-guide-view-private.h: what the guide view's own files share
 *
 * The guide view is two files: the views and what is around them
 * (mbc-guide-view.c), and the search across them
 * (mbc-guide-view-search.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-basics-view.h"
#include "mbc-diary-view.h"
#include "mbc-guide-view.h"
#include "mbc-map-view.h"
#include "mbc-questions-view.h"
#include "mbc-resources-view.h"
#include "mbc-search-page.h"
#include "mbc-treatments-view.h"
#include "mbc-view-bar.h"

G_BEGIN_DECLS

struct _MbcGuideView
{
  GtkWidget           parent_instance;

  /* The one child, to which the bin layout gives all the room. */
  GtkWidget          *box;

  MbcContent         *content;
  GSettings          *settings;

  AdwViewStack       *stack;
  /* The views, and the results of the search in their place. */
  AdwViewStack       *pages;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkWidget          *search_button;
  /* Made when the search is first opened. */
  MbcSearchPage      *search_page;
  /* What had the focus before the search, to give it back. */
  GWeakRef            focus_before;
  /* The header's title: the views' names, wide or narrow, the guide's
   * name, or nothing.
   */
  AdwSqueezer        *title_squeezer;
  GtkWidget          *wide_switcher;
  GtkWidget          *narrow_switcher;
  /* The views' names at the foot, when the header has no room for them. */
  GtkRevealer        *view_bar_revealer;
  MbcViewBar         *view_bar;
  AdwStatusPage      *error_page;
  GtkLabel           *safety_label;
  GtkButton          *language_button;
  GtkWidget          *start_over_button;
  AdwHeaderBar       *header_bar;
  MbcMapView         *map_view;
  /* The places of the views made when first shown. */
  AdwBin             *basics_page;
  AdwBin             *treatments_page;
  AdwBin             *questions_page;
  AdwBin             *resources_page;
  AdwBin             *diary_page;
  AdwViewStackPage   *diary_stack_page;
  /* Each NULL until it is first shown. */
  MbcBasicsView      *basics_view;
  MbcTreatmentsView  *treatments_view;
  MbcQuestionsView   *questions_view;
  MbcResourcesView   *resources_view;
  MbcDiaryView       *diary_view;

  /* For the Questions view, whenever it is made. */
  MbcMyQuestionList    *question_list;
  /* The person's diary, or NULL (a workstation has none). */
  MbcDiary           *diary;
  gboolean            kiosk;
  gboolean            allow_printing;
};

void _mbc_guide_view_ensure_view (MbcGuideView *self,
                                  const char   *name);
void _mbc_guide_view_init_search (MbcGuideView *self);

G_END_DECLS
