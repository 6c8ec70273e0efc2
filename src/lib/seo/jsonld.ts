/**
 * Structured data (JSON-LD) for search engines: MedicalWebPage with lastReviewed, BreadcrumbList, and
 * FAQPage where a page has an FAQ. Pure functions of page data; the layout serialises them.
 */
import type { FaqItem } from '../../schemas/common.ts';
export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** YYYY-MM-DD, for content pages. */
  lastReviewed?: string | undefined;
  crumbs: Crumb[];
  faq?: readonly FaqItem[] | undefined;
}

type JsonLd = Record<string, unknown>;

export function jsonLd(page: PageMeta): JsonLd[] {
  const out: JsonLd[] = [];
  if (page.lastReviewed) {
    out.push({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: page.title,
      description: page.description,
      url: page.url,
      lastReviewed: page.lastReviewed,
      audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
      inLanguage: 'en-US',
    });
  }
  if (page.crumbs.length > 1) {
    out.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: page.crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
    });
  }
  if (page.faq && page.faq.length > 0) {
    out.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: page.faq.map((f) => ({
        '@type': 'Question',
        name: f.q,
        acceptedAnswer: { '@type': 'Answer', text: f.a },
      })),
    });
  }
  return out;
}
