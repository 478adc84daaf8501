// Next.js configuration. The app runs as a standalone Node server (`next start`) behind any reverse proxy.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The Prisma client and pg run on the server only and must not be bundled.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg"],
};

module.exports = nextConfig;
