/**
 * The doc line of every schema field, read from the JSDoc comments of src/schema/*.ts with the
 * TypeScript parser. The comments stay the one place a field is documented: editors of the code see
 * them on hover, and the web editor's configuration shows them as hints, without a second copy in
 * `.describe()` that could drift from the first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The fields of one object literal passed to `z.object`, `z.strictObject` or `.extend`. */
export interface DocumentedObject {
  /** Where it is declared: the constant's name (`practice`), then the property path of an inline object (`practice.period`). */
  owner: string;
  /** Its fields, each with its doc line (empty when it has none). */
  fields: Map<string, string>;
}

const SCHEMA_DIR = join(import.meta.dirname, '..', 'schema');
const OBJECT_CALLS = new Set(['object', 'strictObject', 'extend', 'looseObject']);

function ownerOf(node: ts.Node): string {
  const path: string[] = [];
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isPropertyAssignment(n)) path.unshift(n.name.getText());
    if (ts.isVariableDeclaration(n)) {
      path.unshift(n.name.getText());
      break;
    }
  }
  return path.join('.');
}

function docOf(prop: ts.Node): string {
  const comments = ts.getJSDocCommentsAndTags(prop).filter(ts.isJSDoc);
  return comments
    .map((c) => ts.getTextOfJSDocComment(c.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every object literal of the schema files, with its fields' doc lines. */
export function readSchemaDocs(dir = SCHEMA_DIR): DocumentedObject[] {
  const out: DocumentedObject[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const source = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        OBJECT_CALLS.has(node.expression.name.text) &&
        node.arguments[0] &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
        const fields = new Map<string, string>();
        for (const prop of node.arguments[0].properties)
          if (prop.name) fields.set(prop.name.getText().replace(/^['"]|['"]$/g, ''), docOf(prop));
        out.push({ owner: ownerOf(node), fields });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * The object literal a field of a runtime object comes from: one that has the field and whose
 * fields all belong to the runtime object (an `.extend` holds only its additions; the base's
 * literal holds the rest). The largest such literal wins, so a nested object's `title` is never
 * taken for the entry's.
 */
export function findDeclaration(
  docs: DocumentedObject[],
  runtimeKeys: readonly string[],
  field: string,
): DocumentedObject | undefined {
  const keys = new Set(runtimeKeys);
  return docs
    .filter((d) => d.fields.has(field) && [...d.fields.keys()].every((k) => keys.has(k)))
    .sort((a, b) => b.fields.size - a.fields.size)[0];
}
