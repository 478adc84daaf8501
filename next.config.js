// Next.js configuration. The app runs as a standalone Node server (`next start`) behind any reverse proxy.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // NEXT_DIST_DIR lets several builds of one checkout coexist (e.g. parallel test runs); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // The Prisma client and pg run on the server only and must not be bundled.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg"],
};

module.exports = nextConfig;
