'use client'

import type { LexicalEditor, RangeSelection } from '@payloadcms/richtext-lexical/lexical'

import {
  $createInlineBlockNode,
  createClientFeature,
  INSERT_INLINE_BLOCK_COMMAND,
} from '@payloadcms/richtext-lexical/client'
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
} from '@payloadcms/richtext-lexical/lexical'
import { toast } from '@payloadcms/ui'
import React from 'react'

export type InsertQuoteClientProps = {
  quotesSlug: string
  blockSlug: string
  articlesSlug?: string
}

/** The selected words without the quotation marks around them: the body keeps the marks, the record the words. */
export const splitQuotationMarks = (selected: string) => {
  const [, lead = '', words = '', trail = ''] =
    /^(\s*[“"‘'«]?)([\s\S]*?)([”"’'»]?[.,;:!?]?\s*)$/.exec(selected) ?? []
  return { lead, words: words.trim(), trail }
}

/** The toolbar sizes its buttons for an icon; this one carries a word, so it takes the width it needs. */
const WIDE_BUTTON =
  '[data-button-key="insertQuote"]{width:auto!important;min-width:max-content;padding:0 0.4rem!important}'

const QuoteButton = () => (
  <>
    <style>{WIDE_BUTTON}</style>
    <span
      className="newsroom-insert-quote"
      title="Insert a quote: from the selected words (a new quote record), or pick one"
      style={{ fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      “ ” Quote
    </span>
  </>
)

/**
 * The story being edited, when the editor is an article's own page (`…/collections/<articles>/<id>`):
 * a quote made from its words was said for it, so the quote names it at once (lists and a source's
 * quotes showed "<No Article>" until the story was published).
 */
const storyBeingEdited = (articlesSlug: string | undefined): string | undefined => {
  if (!articlesSlug || typeof window === 'undefined') {
    return undefined
  }
  const match = /\/collections\/([^/]+)\/([^/?#]+)\/?$/.exec(window.location.pathname)
  return match && match[1] === articlesSlug && match[2] !== 'create'
    ? decodeURIComponent(match[2])
    : undefined
}

const storyArticle = (articlesSlug: string | undefined) => {
  const id = storyBeingEdited(articlesSlug)
  return id === undefined ? {} : { article: /^\d+$/.test(id) ? Number(id) : id }
}

/**
 * Selected words become a quote record (its words, not the marks around them), and the selection a
 * chip pointing at it, flagged until the editor names the speaker. With nothing selected, the quote
 * drawer opens to pick one, as “+” → Quote does. The text is replaced only once the record is saved;
 * if it cannot be, the words stay and a toast says why.
 */
const insertQuote = (
  editor: LexicalEditor,
  { quotesSlug, blockSlug, articlesSlug }: InsertQuoteClientProps,
  api: string,
) => {
  let selected = ''
  let saved: null | RangeSelection = null
  editor.getEditorState().read(() => {
    const selection = $getSelection()
    if ($isRangeSelection(selection)) {
      selected = selection.getTextContent()
      saved = selection.clone()
    }
  })
  const { lead, words, trail } = splitQuotationMarks(selected)
  if (!words || !saved) {
    editor.dispatchCommand(INSERT_INLINE_BLOCK_COMMAND, { blockName: '', blockType: blockSlug })
    return
  }
  const selection: RangeSelection = saved
  void fetch(`${api}/${quotesSlug}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: words, kind: 'verbatim', ...storyArticle(articlesSlug) }),
  })
    .then(async (res) => {
      const body = (await res.json().catch(() => ({}))) as {
        doc?: { id: number | string }
        errors?: { message?: string }[]
      }
      if (!res.ok || !body.doc) {
        throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`)
      }
      return body.doc.id
    })
    .then((quoteId) =>
      editor.update(() => {
        $setSelection(selection)
        const chip = $createInlineBlockNode({
          blockName: '',
          blockType: blockSlug,
          quote: quoteId,
        } as never)
        selection.insertNodes([
          ...(lead ? [$createTextNode(lead)] : []),
          chip,
          ...(trail ? [$createTextNode(trail)] : []),
        ])
      }),
    )
    .catch((error: Error) => toast.error(`The quote could not be saved: ${error.message}`))
}

/** A “Quote” button in the fixed toolbar and in the toolbar over selected text. */
export const InsertQuoteFeatureClient = createClientFeature<InsertQuoteClientProps>(
  ({ config, props }) => {
    const api = `${config.serverURL ?? ''}${config.routes.api}`
    const item = {
      ChildComponent: QuoteButton,
      key: 'insertQuote',
      label: 'Quote',
      onSelect: ({ editor }: { editor: LexicalEditor }) => insertQuote(editor, props, api),
    }
    return {
      toolbarFixed: {
        groups: [
          { type: 'buttons', key: 'newsroomQuote', order: 1, items: [{ ...item, order: 1 }] },
        ],
      },
      toolbarInline: {
        groups: [
          { type: 'buttons', key: 'newsroomQuote', order: 1, items: [{ ...item, order: 1 }] },
        ],
      },
    }
  },
)
