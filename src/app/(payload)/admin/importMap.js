import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InsertQuoteFeatureClient as InsertQuoteFeatureClient_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { QuoteBlockLabel as QuoteBlockLabel_b4633cb1ddf89a1e0ea700028cf2078a } from 'newsroom-payload/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BodyProblems as BodyProblems_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { PublishedLogEntryType as PublishedLogEntryType_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { PublishedLogEntryText as PublishedLogEntryText_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { StageWithPublicStateCell as StageWithPublicStateCell_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { ArticleActionButton as ArticleActionButton_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { PublicStateBadge as PublicStateBadge_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { EditorsPublishButton as EditorsPublishButton_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { EditorsUnpublishButton as EditorsUnpublishButton_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { AwaitingRepublish as AwaitingRepublish_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { NewSpeakerField as NewSpeakerField_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { ModerationStatusCell as ModerationStatusCell_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { ModerationActions as ModerationActions_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { CredentialsBanner as CredentialsBanner_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { CredentialsStateCell as CredentialsStateCell_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { ResendDeliveryButton as ResendDeliveryButton_fdb85799228e352b3f52f3a0d098588b } from 'newsroom-payload/client'
import { ModerationQueueLink as ModerationQueueLink_b4633cb1ddf89a1e0ea700028cf2078a } from 'newsroom-payload/rsc'
import { WaitingForYou as WaitingForYou_b4633cb1ddf89a1e0ea700028cf2078a } from 'newsroom-payload/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "newsroom-payload/client#InsertQuoteFeatureClient": InsertQuoteFeatureClient_fdb85799228e352b3f52f3a0d098588b,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "newsroom-payload/rsc#QuoteBlockLabel": QuoteBlockLabel_b4633cb1ddf89a1e0ea700028cf2078a,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "newsroom-payload/client#BodyProblems": BodyProblems_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#PublishedLogEntryType": PublishedLogEntryType_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#PublishedLogEntryText": PublishedLogEntryText_fdb85799228e352b3f52f3a0d098588b,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "newsroom-payload/client#StageWithPublicStateCell": StageWithPublicStateCell_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#ArticleActionButton": ArticleActionButton_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#PublicStateBadge": PublicStateBadge_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#EditorsPublishButton": EditorsPublishButton_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#EditorsUnpublishButton": EditorsUnpublishButton_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#AwaitingRepublish": AwaitingRepublish_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#NewSpeakerField": NewSpeakerField_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#ModerationStatusCell": ModerationStatusCell_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#ModerationActions": ModerationActions_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#CredentialsBanner": CredentialsBanner_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#CredentialsStateCell": CredentialsStateCell_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/client#ResendDeliveryButton": ResendDeliveryButton_fdb85799228e352b3f52f3a0d098588b,
  "newsroom-payload/rsc#ModerationQueueLink": ModerationQueueLink_b4633cb1ddf89a1e0ea700028cf2078a,
  "newsroom-payload/rsc#WaitingForYou": WaitingForYou_b4633cb1ddf89a1e0ea700028cf2078a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
