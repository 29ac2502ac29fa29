export { citedQuotes, validatePublishable } from './body'
export { problemsPublishingNow } from './dryRun'
export { embargoUntilField, validateEmbargo } from './embargo'
export { isPublishing } from './isPublishing'
export { validateLegalSignOff } from './legalSignOff'
/**
 * The publish gate: every check a story passes before readers get it, in the order Payload runs them.
 * A publish is any save that leaves the story published (`_status: 'published'`, or a save without a
 * status over a published story); a draft save or an autosave skips the field checks (2–6).
 *
 * 1. onlyEditorsPublish    who: only an editor publishes, unpublishes or changes a live story (403).
 *                          A collection `beforeChange` hook, first of the articles' (collections/Articles/index.ts);
 *                          rememberDraftSave, a `beforeOperation` hook, tells it whether the save is a draft.
 * Then Payload validates the fields, in the collection's field order; every refusal is collected and
 * the save is refused once, each message on its field:
 * 2. validatePublishable   the body: Lexical's own node checks, then publishProblems (below) on the body
 *                          and the quotes and pictures it cites, read with the caller's access.
 *    publishProblems       the pure rules: the body has words; every picture and quote it cites exists;
 *                          every quote has a speaker; an anonymous source has a reason and an approving
 *                          editor; footage quoted has a verification status.
 * 3. validateSlugIsFree    the slug: no other article (draft or published) has it.
 * 4. validateLegalSignOff  legal: a story quoting an anonymous source, or unverified footage or a
 *                          document, needs a sign-off given for this very text (voidStaleLegalSignOff,
 *                          an earlier `beforeChange` hook, clears one the text outgrew).
 * 5. validateNotTakenDown  a legal takedown not yet lifted.
 * 6. validateEmbargo       the embargo: not before `embargoUntil`.
 *
 * problemsPublishingNow (dryRun.ts) runs checks 2–6 on the latest draft without writing: a scheduled
 * publish is refused up front with the gate's own words, and a failed one says why.
 * isPublishing (isPublishing.ts) is the gate's notion of "this save makes the story public", for
 * the hooks that act on a publish (the update log, dateModified).
 */
export { ONLY_EDITORS_PUBLISH, onlyEditorsPublish, rememberDraftSave } from './onlyEditorsPublish'
export { type PublishProblem, publishProblems } from './publishProblems'
export { validateSlugIsFree } from './slug'
export { validateNotTakenDown } from './takedown'
