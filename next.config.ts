import type { NextConfig } from "next";

// A static export: the site is plain files, so any host (or `npm start`) can serve it
// with the security headers from lib/security/headers.ts.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
