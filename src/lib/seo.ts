/**
 * Head tags and structured data as plain data. `Head.astro` only renders
 * what these return, so titles, canonicals and JSON-LD are unit-tested here.
 */

import { toPlainInline } from './inline-markdown.ts';

export const SITE_NAME = 'Dear Hiring';
export const MAX_TITLE = 60;

/** A role page's heading, which its social card shows too: "{Role} Cover Letter Example". */
export function roleHeading(role: string): string {
  return `${role} Cover Letter Example`;
}

/** "{Role} Cover Letter Example | Dear Hiring", dropping the site name when over 60 characters. */
export function roleTitle(role: string): string {
  return pageTitle(roleHeading(role));
}

/** A page title with the site name appended when it fits. */
export function pageTitle(title: string): string {
  const full = `${title} | ${SITE_NAME}`;
  if (full.length <= MAX_TITLE) return full;
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

export interface HeadInput {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  type?: 'website' | 'article';
  /** Structured data objects, each rendered as its own JSON-LD script. */
  jsonLd?: object[];
  noindex?: boolean;
  /** The page's social card, shown when the page is shared. */
  image?: HeadImage;
}

/** An image for Open Graph and Twitter: absolute URL, size in pixels, and what it shows. */
export interface HeadImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  content?: string;
}

/** Serialises JSON-LD so it can never close its script element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Every tag a page's `<head>` needs beyond charset and viewport. */
export function buildHead(input: HeadInput): HeadTag[] {
  const tags: HeadTag[] = [
    { tag: 'title', attrs: {}, content: input.title },
    { tag: 'meta', attrs: { name: 'description', content: input.description } },
    { tag: 'link', attrs: { rel: 'canonical', href: input.canonical } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: SITE_NAME } },
    { tag: 'meta', attrs: { property: 'og:type', content: input.type ?? 'website' } },
    { tag: 'meta', attrs: { property: 'og:title', content: input.title } },
    { tag: 'meta', attrs: { property: 'og:description', content: input.description } },
    { tag: 'meta', attrs: { property: 'og:url', content: input.canonical } },
    { tag: 'meta', attrs: { property: 'og:locale', content: 'en_US' } },
    ...imageTags(input.image),
    { tag: 'meta', attrs: { name: 'twitter:title', content: input.title } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: input.description } },
  ];
  if (input.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  for (const data of input.jsonLd ?? []) {
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: serializeJsonLd(data) });
  }
  return tags;
}

/** Open Graph and Twitter image tags; without an image, Twitter's small card. */
function imageTags(image: HeadImage | undefined): HeadTag[] {
  if (!image) return [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } }];
  return [
    { tag: 'meta', attrs: { property: 'og:image', content: image.url } },
    { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(image.width) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(image.height) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: image.alt } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image.url } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: image.alt } },
  ];
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** schema.org BreadcrumbList for a nested page. */
export function breadcrumbList(crumbs: readonly Crumb[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** schema.org FAQPage built from the same question and answer text the page shows. */
export function faqPage(items: readonly { question: string; answer: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      // Answers may hold inline links; structured data gets the words a reader sees.
      acceptedAnswer: { '@type': 'Answer', text: toPlainInline(item.answer) },
    })),
  };
}

/** schema.org Article for a role page. */
export function article(input: { headline: string; description: string; url: string; dateModified: Date; siteUrl: string }): object {
  const date = input.dateModified.toISOString().slice(0, 10);
  const publisher = { '@type': 'Organization', name: SITE_NAME, url: input.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    dateModified: date,
    datePublished: date,
    mainEntityOfPage: input.url,
    author: publisher,
    publisher,
  };
}
