/**
 * Security review (security.review.test.ts): publishing is the editors' decision. A correction from
 * an error report goes onto the published story only; publishing, unpublishing and embargoes are
 * editors' decisions; what a published story shows, and what legal signed off, are not changed
 * behind their backs; a scheduled publish is set up or cancelled only by someone who may publish
 * the story. One module per finding.
 */

export { correctionFromErrorReport } from './correctionFromErrorReport'
export { editorsDecide } from './editorsDecide'
export { notChangedBehindTheirBacks } from './notChangedBehindTheirBacks'
export { scheduledPublishOnlyByPublishers } from './scheduledPublish'
