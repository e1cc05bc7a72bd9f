/** The production client bundle as a browser downloads it: each built JS and CSS file, gzipped. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleFile {
  /** Relative to client/dist, e.g. assets/index-DABl-cDi.js. */
  file: string;
  bytes: number;
  /** gzip at its default level (6), as a server or CDN typically sends it. */
  gzipBytes: number;
  /** Named by index.html (script, stylesheet, modulepreload): every page load needs it. */
  initial: boolean;
}

export function bundleFiles(distDir: string): BundleFile[] {
  const assets = path.join(distDir, 'assets');
  if (!fs.existsSync(path.join(distDir, 'index.html')) || !fs.existsSync(assets)) {
    throw new Error(`${distDir} has no built client: run \`npm run build\` first`);
  }
  const indexHtml = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  return fs
    .readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => {
      const content = fs.readFileSync(path.join(assets, name));
      return {
        file: `assets/${name}`,
        bytes: content.length,
        gzipBytes: zlib.gzipSync(content).length,
        initial: indexHtml.includes(`/assets/${name}"`),
      };
    });
}
