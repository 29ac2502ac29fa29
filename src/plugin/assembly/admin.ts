/** The admin panel once the plugin is in: who logs in, no Gravatar, the moderation link and the Waiting for you panel. */
import type { Config } from 'payload'

import type { NewsroomSettings } from '../options'

import { ADMIN_COMPONENTS } from '../admin/componentPaths'

export const withNewsroomAdmin = (
  admin: Config['admin'],
  settings: NewsroomSettings,
): NonNullable<Config['admin']> => ({
  ...admin,
  user: admin?.user ?? settings.slugs.users,
  // Payload's default avatar is Gravatar: every admin page would send a hash of the staff member's
  // email to an outside service (and show a broken image offline). Newsrooms protect who works with whom.
  avatar: admin?.avatar ?? 'default',
  components: {
    ...admin?.components,
    afterNavLinks: [
      ...(admin?.components?.afterNavLinks ?? []),
      {
        path: ADMIN_COMPONENTS.moderationQueueLink,
        serverProps: { commentsSlug: settings.slugs.comments },
      },
    ],
    // Each member of staff sees what waits for them: stories assigned to them, legal's queue, notes,
    // and for editors the pictures whose usage rights end within a week.
    beforeDashboard: [
      ...(admin?.components?.beforeDashboard ?? []),
      {
        path: ADMIN_COMPONENTS.waitingForYou,
        serverProps: {
          articlesSlug: settings.slugs.articles,
          notesSlug: settings.slugs.editorialNotes,
          commentsSlug: settings.slugs.comments,
          mediaSlug: settings.slugs.media,
        },
      },
    ],
  },
})
