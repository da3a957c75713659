/**
 * Builds the add-in: the task pane (src/taskpane) and the ribbon's function file (src/commands) into dist/,
 * copies the icons and writes dist/manifest.xml. In production builds the development origin
 * https://localhost:3000/ in the manifest is replaced by ADDIN_PUBLIC_URL (where dist/ is hosted), e.g.
 *   ADDIN_PUBLIC_URL=https://uppfoljning.example.se/ npm run build
 * Without it a production build stops with a message: a manifest pointing at a placeholder would
 * sideload and then show nothing. The dev server (development mode) always uses localhost.
 * office.js is loaded from Microsoft's CDN by the HTML pages, never bundled.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000/";

function publicUrl(production) {
  if (!production) return DEV_ORIGIN;
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url)
    throw new Error(
      "ADDIN_PUBLIC_URL saknas: ange adressen där dist/ publiceras, t.ex. " +
        "ADDIN_PUBLIC_URL=https://uppfoljning.example.se/ npm run build " +
        "(ADDIN_PUBLIC_URL is not set: a production build needs the https address dist/ is served from). " +
        "För utveckling: npm run dev-server.",
    );
  if (!/^https:\/\//.test(url))
    throw new Error(`ADDIN_PUBLIC_URL måste vara en https-adress (must be https), fick ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The Office dev certificates (`npx office-addin-dev-certs install`), when present. */
function devHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    console.warn(
      `No Office dev certificates in ${dir}: serving over plain HTTP. Excel needs HTTPS to sideload; run \`npx office-addin-dev-certs install\` once.`,
    );
    return { type: "http" };
  }
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return {
    type: "https",
    options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) },
  };
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const url = publicUrl(production);
  const config = {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy allows no eval, in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      // dist/cli is the command-line build (tsc -p tsconfig.cli.json): keep it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // One scheduler: react-dom's. Fluent's react-context-selector depends on a newer one (0.28)
        // for two exports 0.23 also has (runWithPriority, NormalPriority); two copies cost ~4 KB.
        scheduler: path.dirname(
          require.resolve("scheduler/package.json", { paths: [require.resolve("react-dom")] }),
        ),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader, then the pane's makeStyles resolved at build time
          // (scripts/griffel-aot-loader.js), so no CSS compiler ships in the bundle.
          use: [
            path.resolve(__dirname, "scripts", "griffel-aot-loader.js"),
            {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                compilerOptions: { module: "esnext", sourceMap: true },
              },
            },
          ],
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.html", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_ORIGIN).join(url),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
  if (!production) {
    const server = devHttps();
    config.devServer = {
      port: 3000,
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      hot: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};
