import * as migration_20261126_174703_initial from './20261126_174703_initial'
import * as migration_20261126_192904_indexes_for_lists from './20261126_192904_indexes_for_lists'
import * as migration_20261126_193934_latest_versions_index from './20261126_193934_latest_versions_index'
import * as migration_20261126_214801_versions_slug_index from './20261126_214801_versions_slug_index'
import * as migration_20261126_234555_workflow from './20261126_234555_workflow'
import * as migration_20261127_003654_media from './20261127_003654_media'
import * as migration_20261127_023607_seo from './20261127_023607_seo'
import * as migration_20261127_031321_footage_provenance from './20261127_031321_footage_provenance'
import * as migration_20261127_034553_comment_held_because from './20261127_034553_comment_held_because'
import * as migration_20261127_062651_quote_labels from './20261127_062651_quote_labels'
import * as migration_20261127_062652_quote_labels_data from './20261127_062652_quote_labels_data'
import * as migration_20261206_185755_editions from './20261206_185755_editions'
import * as migration_20261206_193346_picture_withdrawal from './20261206_193346_picture_withdrawal'
import * as migration_20261206_193347_editions_data from './20261206_193347_editions_data'
import * as migration_20261206_214301_edition_comments from './20261206_214301_edition_comments'
import * as migration_20261206_214302_edition_comments_data from './20261206_214302_edition_comments_data'
import * as migration_20261207_044415_list_indexes from './20261207_044415_list_indexes'
import * as migration_20261207_070646_authors from './20261207_070646_authors'
import * as migration_20261207_070647_authors_data from './20261207_070647_authors_data'
import * as migration_20261207_111105_live_updates from './20261207_111105_live_updates'
import * as migration_20261207_131810_update_authors from './20261207_131810_update_authors'
import * as migration_20261207_171949_picture_credentials_and_rights from './20261207_171949_picture_credentials_and_rights'

export const migrations = [
  {
    up: migration_20261126_174703_initial.up,
    down: migration_20261126_174703_initial.down,
    name: '20261126_174703_initial',
  },
  {
    up: migration_20261126_192904_indexes_for_lists.up,
    down: migration_20261126_192904_indexes_for_lists.down,
    name: '20261126_192904_indexes_for_lists',
  },
  {
    up: migration_20261126_193934_latest_versions_index.up,
    down: migration_20261126_193934_latest_versions_index.down,
    name: '20261126_193934_latest_versions_index',
  },
  {
    up: migration_20261126_214801_versions_slug_index.up,
    down: migration_20261126_214801_versions_slug_index.down,
    name: '20261126_214801_versions_slug_index',
  },
  {
    up: migration_20261126_234555_workflow.up,
    down: migration_20261126_234555_workflow.down,
    name: '20261126_234555_workflow',
  },
  {
    up: migration_20261127_003654_media.up,
    down: migration_20261127_003654_media.down,
    name: '20261127_003654_media',
  },
  {
    up: migration_20261127_023607_seo.up,
    down: migration_20261127_023607_seo.down,
    name: '20261127_023607_seo',
  },
  {
    up: migration_20261127_031321_footage_provenance.up,
    down: migration_20261127_031321_footage_provenance.down,
    name: '20261127_031321_footage_provenance',
  },
  {
    up: migration_20261127_034553_comment_held_because.up,
    down: migration_20261127_034553_comment_held_because.down,
    name: '20261127_034553_comment_held_because',
  },
  {
    up: migration_20261127_062651_quote_labels.up,
    down: migration_20261127_062651_quote_labels.down,
    name: '20261127_062651_quote_labels',
  },
  {
    up: migration_20261127_062652_quote_labels_data.up,
    down: migration_20261127_062652_quote_labels_data.down,
    name: '20261127_062652_quote_labels_data',
  },
  {
    up: migration_20261206_185755_editions.up,
    down: migration_20261206_185755_editions.down,
    name: '20261206_185755_editions',
  },
  {
    up: migration_20261206_193346_picture_withdrawal.up,
    down: migration_20261206_193346_picture_withdrawal.down,
    name: '20261206_193346_picture_withdrawal',
  },
  {
    up: migration_20261206_193347_editions_data.up,
    down: migration_20261206_193347_editions_data.down,
    name: '20261206_193347_editions_data',
  },
  {
    up: migration_20261206_214301_edition_comments.up,
    down: migration_20261206_214301_edition_comments.down,
    name: '20261206_214301_edition_comments',
  },
  {
    up: migration_20261206_214302_edition_comments_data.up,
    down: migration_20261206_214302_edition_comments_data.down,
    name: '20261206_214302_edition_comments_data',
  },
  {
    up: migration_20261207_044415_list_indexes.up,
    down: migration_20261207_044415_list_indexes.down,
    name: '20261207_044415_list_indexes',
  },
  {
    up: migration_20261207_070646_authors.up,
    down: migration_20261207_070646_authors.down,
    name: '20261207_070646_authors',
  },
  {
    up: migration_20261207_070647_authors_data.up,
    down: migration_20261207_070647_authors_data.down,
    name: '20261207_070647_authors_data',
  },
  {
    up: migration_20261207_111105_live_updates.up,
    down: migration_20261207_111105_live_updates.down,
    name: '20261207_111105_live_updates',
  },
  {
    up: migration_20261207_131810_update_authors.up,
    down: migration_20261207_131810_update_authors.down,
    name: '20261207_131810_update_authors',
  },
  {
    up: migration_20261207_171949_picture_credentials_and_rights.up,
    down: migration_20261207_171949_picture_credentials_and_rights.down,
    name: '20261207_171949_picture_credentials_and_rights',
  },
]
