// robots.txt, generated so the sitemap address follows SITE_URL and BASE_PATH.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(
    `${import.meta.env.BASE_URL}sitemap-index.xml`,
    site ?? 'https://regen-coverage-guide.example',
  );
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
