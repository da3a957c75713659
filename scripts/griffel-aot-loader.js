/**
 * Webpack loader for the pane's own files (after ts-loader, so it reads plain JS): each top-level
 * `makeStyles({...})` imported from @fluentui/react-components is resolved at build time into
 * `__styles(classes, cssRules)`, the form Fluent's own packages ship in. Then the production
 * bundle needs no CSS compiler at run time (Griffel's resolveStyleRules, stylis, rtl-css-js:
 * ~20 KB of the pane's bundle, issue 14). Class names and CSS are what makeStyles computes in the
 * browser: the same function (resolveStyleRulesForSlots) with the same empty hash salt.
 *
 * The styles are evaluated here with the values of @fluentui/react-components (tokens,
 * createFocusOutlineStyle, …) and the file's own top-level constants. A call that uses anything
 * else (a constant that cannot be evaluated, a function of the file) is left as it is, with a
 * warning: it still works, the run-time way, and the bundle keeps the compiler.
 */
const ts = require("typescript");
const vm = require("vm");

const FLUENT = "@fluentui/react-components";
let fluent = null;

/** Top-level `import { a, b as c } from "@fluentui/react-components"`: local name → exported name. */
function fluentImports(file) {
  const names = new Map();
  for (const st of file.statements) {
    if (!ts.isImportDeclaration(st) || st.moduleSpecifier.text !== FLUENT) continue;
    const bindings = st.importClause && st.importClause.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) names.set(el.name.text, (el.propertyName || el.name).text);
  }
  return names;
}

/** `const useX = makeStyles({...})` at the top level (exported or not). */
function styleCalls(file, makeStylesName) {
  const calls = [];
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      if (
        init &&
        ts.isCallExpression(init) &&
        ts.isIdentifier(init.expression) &&
        init.expression.text === makeStylesName &&
        init.arguments.length === 1
      )
        calls.push(init);
    }
  }
  return calls;
}

/** The file's other top-level `const NAME = …`, in order, as [name, source text]. */
function constants(file, source, skip) {
  const out = [];
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer || skip.has(d.initializer)) continue;
      out.push([d.name.text, source.slice(d.initializer.getStart(file), d.initializer.end)]);
    }
  }
  return out;
}

/**
 * A context in which the styles are evaluated: Fluent's imports by their local names, then the
 * file's constants; one that fails to evaluate throws when a style reads it (never `undefined`,
 * which Griffel would silently drop from the CSS).
 */
function styleContext(imports, consts) {
  fluent = fluent || require(FLUENT);
  const sandbox = Object.create(null);
  for (const [local, exported] of imports) sandbox[local] = fluent[exported];
  const context = vm.createContext(sandbox);
  for (const [name, text] of consts) {
    try {
      const value = vm.runInContext(`(${text})`, context, { timeout: 1000 });
      Object.defineProperty(sandbox, name, { value, enumerable: true });
    } catch (e) {
      const reason = String(e && e.message);
      Object.defineProperty(sandbox, name, {
        get() {
          throw new Error(`${name} cannot be evaluated at build time (${reason})`);
        },
      });
    }
  }
  return context;
}

module.exports = function griffelAotLoader(source, map) {
  this.callback(null, transform.call(this, source), map);
};

/**
 * The file with its style calls resolved. Line numbers stay (a replaced call keeps its newlines,
 * the import goes at the end: imports are hoisted), so ts-loader's source map still holds.
 */
function transform(source) {
  if (!source.includes("makeStyles")) return source;
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.ES2020, true);
  const imports = fluentImports(file);
  const makeStylesName = [...imports].find(([, exported]) => exported === "makeStyles");
  if (!makeStylesName) return source;
  const calls = styleCalls(file, makeStylesName[0]);
  if (calls.length === 0) return source;
  const { resolveStyleRulesForSlots } = require("@griffel/core");
  const context = styleContext(imports, constants(file, source, new Set(calls)));
  const local = "__griffelStyles";
  let out = "";
  let at = 0;
  let replaced = 0;
  for (const call of calls) {
    const arg = call.arguments[0];
    const text = source.slice(arg.getStart(file), arg.end);
    let resolved;
    try {
      const styles = vm.runInContext(`(${text})`, context, { timeout: 1000 });
      resolved = resolveStyleRulesForSlots(styles, "");
    } catch (e) {
      this.emitWarning(
        new Error(`makeStyles left to run time in ${this.resourcePath}: ${e && e.message}`),
      );
      continue;
    }
    const [classes, css] = resolved;
    out += source.slice(at, call.getStart(file));
    out += `${local}(${JSON.stringify(classes)}, ${JSON.stringify(css)})`;
    out += "\n".repeat(text.split("\n").length - 1);
    at = call.end;
    replaced++;
  }
  if (replaced === 0) return source;
  out += source.slice(at);
  return `${out}\nimport { __styles as ${local} } from ${JSON.stringify(FLUENT)};\n`;
}
