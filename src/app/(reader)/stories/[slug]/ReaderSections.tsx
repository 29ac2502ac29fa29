/** What readers add to a story: the comment threads and forms, and the error-report form. */
import type { DeliveryArticle, DeliveryComment } from 'newsroom-payload/fetch-client'

import React from 'react'

import { CommentForm, ErrorReportForm, ReportCommentForm } from './Forms'
import { Time } from './storyWords'

const Comment = ({
  comment,
  articleId,
  depth,
}: {
  comment: DeliveryComment
  articleId: number | string
  depth: number
}) => (
  <li className={comment.pinned ? 'comment comment--pinned' : 'comment'}>
    <article aria-label={`Comment by ${comment.authorName}`}>
      <p className="meta">
        <strong>{comment.authorName}</strong> · <Time value={comment.createdAt} />
        {comment.pinned ? <span className="badge">Pinned by the newsroom</span> : null}
      </p>
      {/* Plain text as typed: React escapes it. */}
      <p className="comment-body">{comment.body}</p>
      <ReportCommentForm commentId={comment.id} />
      {depth < 3 ? (
        <CommentForm articleId={articleId} parentId={comment.id} label="Post the reply" />
      ) : null}
    </article>
    {comment.replies.length ? (
      <ol className="replies">
        {comment.replies.map((reply) => (
          <Comment key={reply.id} comment={reply} articleId={articleId} depth={depth + 1} />
        ))}
      </ol>
    ) : null}
  </li>
)

/** What readers add to a published story: its comments and the error-report form. */
export const ReaderSections = ({ story }: { story: DeliveryArticle }) => (
  <>
    <section aria-labelledby="comments" className="comments" id="comments-section">
      <h2 id="comments">Comments ({story.commentCount})</h2>
      {story.comments.docs.length ? (
        <ol>
          {story.comments.docs.map((comment) => (
            <Comment key={comment.id} comment={comment} articleId={story.id} depth={1} />
          ))}
        </ol>
      ) : (
        <p>No comments yet.</p>
      )}
      {story.commentsOpen ? (
        <>
          <h3>Add a comment</h3>
          <CommentForm articleId={story.id} />
        </>
      ) : (
        <p>Comments are closed on this story.</p>
      )}
    </section>

    <section aria-labelledby="report-error" className="report-error">
      <h2 id="report-error">Report an error</h2>
      <p>
        Seen a mistake? Tell the editors. Your report is private; corrections are published in the
        log above.
      </p>
      <ErrorReportForm articleId={story.id} />
    </section>
  </>
)
