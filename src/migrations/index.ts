import * as migration_20261125_123330_initial from './20261125_123330_initial'
import * as migration_20261126_151320_security_review from './20261126_151320_security_review'
import * as migration_20261126_151330_security_review_data from './20261126_151330_security_review_data'
import * as migration_20261126_163119_webhooks_and_scheduling from './20261126_163119_webhooks_and_scheduling'
import * as migration_20261126_163120_locked_documents_rels_cascade from './20261126_163120_locked_documents_rels_cascade'
import * as migration_20261126_174438_newsroom_global from './20261126_174438_newsroom_global'
import * as migration_20261126_192859_indexes_for_lists from './20261126_192859_indexes_for_lists'
import * as migration_20261126_193926_latest_versions_index from './20261126_193926_latest_versions_index'
import * as migration_20261126_214755_versions_slug_index from './20261126_214755_versions_slug_index'
import * as migration_20261126_234544_workflow from './20261126_234544_workflow'
import * as migration_20261127_002251_media from './20261127_002251_media'
import * as migration_20261127_023557_seo from './20261127_023557_seo'
import * as migration_20261127_031258_footage_provenance from './20261127_031258_footage_provenance'
import * as migration_20261127_034534_comment_held_because from './20261127_034534_comment_held_because'
import * as migration_20261127_062638_quote_labels from './20261127_062638_quote_labels'
import * as migration_20261127_062639_quote_labels_data from './20261127_062639_quote_labels_data'
import * as migration_20261206_185707_editions from './20261206_185707_editions'
import * as migration_20261206_193337_picture_withdrawal from './20261206_193337_picture_withdrawal'
import * as migration_20261206_193338_editions_data from './20261206_193338_editions_data'
import * as migration_20261206_214256_edition_comments from './20261206_214256_edition_comments'
import * as migration_20261206_214257_edition_comments_data from './20261206_214257_edition_comments_data'
import * as migration_20261207_044410_list_indexes from './20261207_044410_list_indexes'
import * as migration_20261207_070636_authors from './20261207_070636_authors'
import * as migration_20261207_070637_authors_data from './20261207_070637_authors_data'
import * as migration_20261207_111058_live_updates from './20261207_111058_live_updates'
import * as migration_20261207_131735_update_authors from './20261207_131735_update_authors'
import * as migration_20261207_171939_picture_credentials_and_rights from './20261207_171939_picture_credentials_and_rights'

export const migrations = [
  {
    up: migration_20261125_123330_initial.up,
    down: migration_20261125_123330_initial.down,
    name: '20261125_123330_initial',
  },
  {
    up: migration_20261126_151320_security_review.up,
    down: migration_20261126_151320_security_review.down,
    name: '20261126_151320_security_review',
  },
  {
    up: migration_20261126_151330_security_review_data.up,
    down: migration_20261126_151330_security_review_data.down,
    name: '20261126_151330_security_review_data',
  },
  {
    up: migration_20261126_163119_webhooks_and_scheduling.up,
    down: migration_20261126_163119_webhooks_and_scheduling.down,
    name: '20261126_163119_webhooks_and_scheduling',
  },
  {
    up: migration_20261126_163120_locked_documents_rels_cascade.up,
    down: migration_20261126_163120_locked_documents_rels_cascade.down,
    name: '20261126_163120_locked_documents_rels_cascade',
  },
  {
    up: migration_20261126_174438_newsroom_global.up,
    down: migration_20261126_174438_newsroom_global.down,
    name: '20261126_174438_newsroom_global',
  },
  {
    up: migration_20261126_192859_indexes_for_lists.up,
    down: migration_20261126_192859_indexes_for_lists.down,
    name: '20261126_192859_indexes_for_lists',
  },
  {
    up: migration_20261126_193926_latest_versions_index.up,
    down: migration_20261126_193926_latest_versions_index.down,
    name: '20261126_193926_latest_versions_index',
  },
  {
    up: migration_20261126_214755_versions_slug_index.up,
    down: migration_20261126_214755_versions_slug_index.down,
    name: '20261126_214755_versions_slug_index',
  },
  {
    up: migration_20261126_234544_workflow.up,
    down: migration_20261126_234544_workflow.down,
    name: '20261126_234544_workflow',
  },
  {
    up: migration_20261127_002251_media.up,
    down: migration_20261127_002251_media.down,
    name: '20261127_002251_media',
  },
  {
    up: migration_20261127_023557_seo.up,
    down: migration_20261127_023557_seo.down,
    name: '20261127_023557_seo',
  },
  {
    up: migration_20261127_031258_footage_provenance.up,
    down: migration_20261127_031258_footage_provenance.down,
    name: '20261127_031258_footage_provenance',
  },
  {
    up: migration_20261127_034534_comment_held_because.up,
    down: migration_20261127_034534_comment_held_because.down,
    name: '20261127_034534_comment_held_because',
  },
  {
    up: migration_20261127_062638_quote_labels.up,
    down: migration_20261127_062638_quote_labels.down,
    name: '20261127_062638_quote_labels',
  },
  {
    up: migration_20261127_062639_quote_labels_data.up,
    down: migration_20261127_062639_quote_labels_data.down,
    name: '20261127_062639_quote_labels_data',
  },
  {
    up: migration_20261206_185707_editions.up,
    down: migration_20261206_185707_editions.down,
    name: '20261206_185707_editions',
  },
  {
    up: migration_20261206_193337_picture_withdrawal.up,
    down: migration_20261206_193337_picture_withdrawal.down,
    name: '20261206_193337_picture_withdrawal',
  },
  {
    up: migration_20261206_193338_editions_data.up,
    down: migration_20261206_193338_editions_data.down,
    name: '20261206_193338_editions_data',
  },
  {
    up: migration_20261206_214256_edition_comments.up,
    down: migration_20261206_214256_edition_comments.down,
    name: '20261206_214256_edition_comments',
  },
  {
    up: migration_20261206_214257_edition_comments_data.up,
    down: migration_20261206_214257_edition_comments_data.down,
    name: '20261206_214257_edition_comments_data',
  },
  {
    up: migration_20261207_044410_list_indexes.up,
    down: migration_20261207_044410_list_indexes.down,
    name: '20261207_044410_list_indexes',
  },
  {
    up: migration_20261207_070636_authors.up,
    down: migration_20261207_070636_authors.down,
    name: '20261207_070636_authors',
  },
  {
    up: migration_20261207_070637_authors_data.up,
    down: migration_20261207_070637_authors_data.down,
    name: '20261207_070637_authors_data',
  },
  {
    up: migration_20261207_111058_live_updates.up,
    down: migration_20261207_111058_live_updates.down,
    name: '20261207_111058_live_updates',
  },
  {
    up: migration_20261207_131735_update_authors.up,
    down: migration_20261207_131735_update_authors.down,
    name: '20261207_131735_update_authors',
  },
  {
    up: migration_20261207_171939_picture_credentials_and_rights.up,
    down: migration_20261207_171939_picture_credentials_and_rights.down,
    name: '20261207_171939_picture_credentials_and_rights',
  },
]
