export {
  bylineOf,
  contributorLines,
  type Credit,
  joinNames,
  printedByline,
} from '../bylines/printedByline'
/**
 * The body as HTML, for frontends and live preview: browser-safe (Payload's Lexical HTML converters
 * only). `import { bodyToHtml, toDeliveryImage, toDeliverySource } from 'newsroom-payload/html'`.
 */
export { bodyToHtml, sourceAnchor } from '../delivery/bodyHtml'
export { toDeliveryImage, toDeliverySource } from '../delivery/shapes'
