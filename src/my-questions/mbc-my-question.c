/* mbc-my-question.c: one question on a person's own list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-my-question-private.h"

struct _MbcMyQuestion
{
  GObject     parent_instance;

  char       *text;
  char       *answer;
  char       *suggestion_id;
  JsonObject *unknown_members;
  gboolean    asked;
};

G_DEFINE_FINAL_TYPE (MbcMyQuestion, mbc_my_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_ANSWER,
  PROP_ASKED,
  PROP_SUGGESTION_ID,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
mbc_my_question_finalize (GObject *object)
{
  MbcMyQuestion *self = MBC_MY_QUESTION (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->answer, g_free);
  g_clear_pointer (&self->suggestion_id, g_free);
  g_clear_pointer (&self->unknown_members, json_object_unref);

  G_OBJECT_CLASS (mbc_my_question_parent_class)->finalize (object);
}

static void
mbc_my_question_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MbcMyQuestion *self = MBC_MY_QUESTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_ASKED:
      g_value_set_boolean (value, self->asked);
      break;

    case PROP_SUGGESTION_ID:
      g_value_set_string (value, self->suggestion_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_my_question_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MbcMyQuestion *self = MBC_MY_QUESTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      mbc_my_question_set_text (self, g_value_get_string (value));
      break;

    case PROP_ANSWER:
      mbc_my_question_set_answer (self, g_value_get_string (value));
      break;

    case PROP_ASKED:
      mbc_my_question_set_asked (self, g_value_get_boolean (value));
      break;

    case PROP_SUGGESTION_ID:
      /* Construct-only, so it is set exactly once. */
      self->suggestion_id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_my_question_class_init (MbcMyQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_my_question_finalize;
  object_class->get_property = mbc_my_question_get_property;
  object_class->set_property = mbc_my_question_set_property;

  props[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Several lines are allowed: a person writes down what the doctor said. */
  props[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  props[PROP_ASKED] =
    g_param_spec_boolean ("asked", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  props[PROP_SUGGESTION_ID] =
    g_param_spec_string ("suggestion-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
mbc_my_question_init (MbcMyQuestion *self)
{
  self->text = g_strdup ("");
  self->answer = g_strdup ("");
}

MbcMyQuestion *
mbc_my_question_new (const char *text,
                     const char *suggestion_id)
{
  return g_object_new (MBC_TYPE_MY_QUESTION,
                       "text", text,
                       "suggestion-id", suggestion_id,
                       NULL);
}

const char *
mbc_my_question_get_text (MbcMyQuestion *self)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION (self), NULL);

  return self->text;
}

/* NULL is taken as "", so that a reader of the text never has to check. */
void
mbc_my_question_set_text (MbcMyQuestion *self,
                          const char    *text)
{
  g_return_if_fail (MBC_IS_MY_QUESTION (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TEXT]);
}

const char *
mbc_my_question_get_answer (MbcMyQuestion *self)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION (self), NULL);

  return self->answer;
}

void
mbc_my_question_set_answer (MbcMyQuestion *self,
                            const char    *answer)
{
  g_return_if_fail (MBC_IS_MY_QUESTION (self));

  if (answer == NULL)
    answer = "";

  if (g_strcmp0 (self->answer, answer) == 0)
    return;

  g_free (self->answer);
  self->answer = g_strdup (answer);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ANSWER]);
}

gboolean
mbc_my_question_get_asked (MbcMyQuestion *self)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION (self), FALSE);

  return self->asked;
}

void
mbc_my_question_set_asked (MbcMyQuestion *self,
                           gboolean       asked)
{
  g_return_if_fail (MBC_IS_MY_QUESTION (self));

  asked = !!asked;
  if (self->asked == asked)
    return;

  self->asked = asked;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ASKED]);
}

const char *
mbc_my_question_get_suggestion_id (MbcMyQuestion *self)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION (self), NULL);

  return self->suggestion_id;
}

JsonObject *
mbc_my_question_get_unknown_members (MbcMyQuestion *self)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION (self), NULL);

  return self->unknown_members;
}

void
mbc_my_question_set_unknown_members (MbcMyQuestion *self,
                                     JsonObject    *members)
{
  g_return_if_fail (MBC_IS_MY_QUESTION (self));

  if (members != NULL)
    json_object_ref (members);
  g_clear_pointer (&self->unknown_members, json_object_unref);
  self->unknown_members = members;
}
