"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// scripts/bundle-url.js
var bundleUrl;
var init_bundle_url = __esm({
  "scripts/bundle-url.js"() {
    "use strict";
    bundleUrl = require("node:url").pathToFileURL(__filename).href;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    init_bundle_url();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    init_bundle_url();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    init_bundle_url();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    init_bundle_url();
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    init_bundle_url();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    init_bundle_url();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    init_bundle_url();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    init_bundle_url();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    init_bundle_url();
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    init_bundle_url();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    init_bundle_url();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    init_bundle_url();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    init_bundle_url();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    init_bundle_url();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    init_bundle_url();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    init_bundle_url();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    init_bundle_url();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    init_bundle_url();
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    init_bundle_url();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    init_bundle_url();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    init_bundle_url();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    init_bundle_url();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    init_bundle_url();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    init_bundle_url();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    init_bundle_url();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    init_bundle_url();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    init_bundle_url();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    init_bundle_url();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    init_bundle_url();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    init_bundle_url();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    init_bundle_url();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    init_bundle_url();
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    init_bundle_url();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    init_bundle_url();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    init_bundle_url();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    init_bundle_url();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    init_bundle_url();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    init_bundle_url();
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    init_bundle_url();
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    init_bundle_url();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    init_bundle_url();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// src/cli/validate.ts
var validate_exports = {};
__export(validate_exports, {
  reportToJson: () => reportToJson,
  validateCommand: () => validateCommand,
  validateLocal: () => validateLocal
});
module.exports = __toCommonJS(validate_exports);
init_bundle_url();
var import_node_path2 = require("node:path");

// src/config/local-sources.ts
init_bundle_url();
var import_node_fs = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var DEFAULT_CONFIG_NAMES = ["qhub-config.yaml", "nebari-config.yaml"];
var PIN_FILE_NAME = ".qhub-version";
var DEFAULT_ENVIRONMENTS_DIR = "environments";
var ENVIRONMENT_FILE_NAME = /\.ya?ml$/i;
function resolveConfigPath(given, cwd) {
  if (given) return given;
  return DEFAULT_CONFIG_NAMES.find((name) => (0, import_node_fs.existsSync)((0, import_node_path.resolve)(cwd, name))) ?? DEFAULT_CONFIG_NAMES[0];
}
async function readSource(path, cwd) {
  try {
    return { source: { bytes: await (0, import_promises.readFile)((0, import_node_path.resolve)(cwd, path)), file: path } };
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { missing: `file not found (looked in ${(0, import_node_path.resolve)(cwd)})` };
    if (code === "EISDIR") return { missing: "is a directory, not a config file" };
    return { missing: `cannot be read (${code ?? error.message})` };
  }
}
async function readPinnedVersion(configPath, cwd) {
  const pinPath = (0, import_node_path.join)((0, import_node_path.dirname)((0, import_node_path.resolve)(cwd, configPath)), PIN_FILE_NAME);
  try {
    const text = (await (0, import_promises.readFile)(pinPath, "utf8")).split("\n").map((line) => line.trim()).find((line) => line && !line.startsWith("#"));
    return text || void 0;
  } catch {
    return void 0;
  }
}
async function readEnvironmentFiles(configPath, cwd, directory) {
  const configDir = (0, import_node_path.dirname)((0, import_node_path.resolve)(cwd, configPath));
  const dir = directory ? (0, import_node_path.resolve)(cwd, directory) : (0, import_node_path.join)(configDir, DEFAULT_ENVIRONMENTS_DIR);
  if (!directory && !(0, import_node_fs.existsSync)(dir)) return [];
  let names;
  try {
    names = await (0, import_promises.readdir)(dir);
  } catch {
    throw new Error(`environments directory ${directory ?? dir} cannot be read: does it exist?`);
  }
  const files = names.filter((name) => ENVIRONMENT_FILE_NAME.test(name)).sort();
  return Promise.all(
    files.map(async (name) => ({ bytes: await (0, import_promises.readFile)((0, import_node_path.join)(dir, name)), file: (0, import_node_path.relative)(cwd, (0, import_node_path.join)(dir, name)) || (0, import_node_path.basename)(name) }))
  );
}

// src/validation/validate.ts
init_bundle_url();

// src/config/cloud-checks.ts
init_bundle_url();

// src/config/types.ts
init_bundle_url();
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

// src/config/cloud-checks.ts
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function describeValue(value) {
  return typeof value === "string" || typeof value === "number" ? `\`${String(value)}\`` : "the value";
}
function instanceChecks(section, block, describe2) {
  if (!isMapping(block.node_groups)) return [];
  return Object.entries(block.node_groups).flatMap(([name, group]) => {
    if (!isMapping(group) || !("instance" in group)) return [];
    const path = [section, "node_groups", name, "instance"];
    return [{ path: formatPath(path), description: describe2(describeValue(group.instance)) }];
  });
}
function awsChecks(block) {
  const section = "amazon_web_services";
  const region = describeValue(block.region);
  const checks = [
    {
      path: section,
      description: "AWS credentials: Nebari requires AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment before any AWS call."
    },
    { path: `${section}.region`, description: `region ${region} must be enabled for the AWS account (EC2 DescribeRegions).` },
    {
      path: `${section}.kubernetes_version`,
      description: block.kubernetes_version === null || block.kubernetes_version === void 0 ? `no version given: Nebari picks the newest EKS version it supports in ${region} (EKS DescribeAddonVersions).` : `Kubernetes ${describeValue(block.kubernetes_version)} must be one of the EKS versions available in ${region} that Nebari supports (EKS DescribeAddonVersions).`
    },
    {
      path: `${section}.availability_zones`,
      description: Array.isArray(block.availability_zones) ? `each availability zone must exist in ${region} (EC2 DescribeAvailabilityZones).` : `no zones given: Nebari picks the first two zones of ${region} (EC2 DescribeAvailabilityZones).`
    },
    ...instanceChecks(section, block, (instance) => `instance type ${instance} must be offered in ${region} (EC2 DescribeInstanceTypes).`)
  ];
  if (typeof block.eks_kms_arn === "string") {
    checks.push({
      path: `${section}.eks_kms_arn`,
      description: `the KMS key must exist in ${region}, be enabled, customer managed and symmetric with key usage ENCRYPT_DECRYPT (KMS ListKeys/DescribeKey).`
    });
  }
  return checks;
}
function gcpChecks(block) {
  const section = "google_cloud_platform";
  const region = describeValue(block.region);
  return [
    {
      path: section,
      description: "GCP credentials: Nebari requires GOOGLE_CREDENTIALS and PROJECT_ID in the environment and lists regions, versions and machine types in the PROJECT_ID project."
    },
    { path: `${section}.region`, description: `region ${region} must be one of the project's Compute Engine regions.` },
    {
      path: `${section}.kubernetes_version`,
      description: `Kubernetes ${describeValue(block.kubernetes_version)} must prefix one of the GKE master versions valid in ${region} that Nebari supports.`
    },
    ...instanceChecks(section, block, (instance) => `machine type ${instance} must be offered in a zone of ${region}.`)
  ];
}
function azureChecks(block) {
  const section = "azure";
  const checks = [
    {
      path: section,
      description: "Azure credentials: Nebari requires ARM_CLIENT_ID, ARM_SUBSCRIPTION_ID and ARM_TENANT_ID in the environment."
    }
  ];
  if ("kubernetes_version" in block) {
    checks.push({
      path: `${section}.kubernetes_version`,
      description: block.kubernetes_version === null ? "null: Nebari picks the newest AKS version it supports (AKS list orchestrators, queried for Central US)." : `Kubernetes ${describeValue(block.kubernetes_version)} must be one of the AKS versions Nebari supports (AKS list orchestrators, queried for Central US whatever the region).`
    });
  }
  return checks;
}
function skippedCloudChecks(config) {
  if (!isMapping(config)) return [];
  const checks = [];
  if (isMapping(config.amazon_web_services)) checks.push(...awsChecks(config.amazon_web_services));
  if (isMapping(config.google_cloud_platform)) checks.push(...gcpChecks(config.google_cloud_platform));
  if (isMapping(config.azure)) checks.push(...azureChecks(config.azure));
  return checks;
}

// src/config/environments.ts
init_bundle_url();
function environmentKey(file) {
  return file.split(/[\\/]/).pop() ?? file;
}
function mergeFinding(path, message, position, file) {
  return {
    rule: "load/duplicate-environment",
    severity: "error",
    message,
    path: formatPath(path),
    line: position?.line ?? null,
    column: position?.column ?? null,
    ...file !== void 0 ? { file } : {}
  };
}
function mergeEnvironments(config, files) {
  const environmentFiles = /* @__PURE__ */ new Map();
  const findings = [];
  if (files.length === 0) return { config, environmentFiles, findings };
  const root = config.data;
  const inline = root.environments;
  if (inline !== void 0 && inline !== null && (typeof inline !== "object" || Array.isArray(inline))) {
    findings.push(
      mergeFinding(["environments"], `\`environments\` in ${config.file} is not a mapping, so the environment files cannot be merged into it`, config.keyPosition(["environments"]))
    );
    return { config, environmentFiles, findings };
  }
  const inlineEnvironments = inline ?? {};
  for (const file of files) {
    const key = environmentKey(file.file);
    const earlier = environmentFiles.get(key);
    if (earlier) {
      findings.push(
        mergeFinding([], `${file.file}: another environment file, ${earlier.file}, has the same name \`${key}\`; QHub keys environments by file name, so one would replace the other`, { line: 1, column: 1 }, file.file)
      );
      continue;
    }
    if (Object.hasOwn(inlineEnvironments, key)) {
      findings.push(
        mergeFinding(
          ["environments", key],
          `environment \`${key}\` is defined both inline in ${config.file} and in the file ${file.file}; keep one of them`,
          config.keyPosition(["environments", key])
        )
      );
      continue;
    }
    environmentFiles.set(key, file);
  }
  const environments = { ...inlineEnvironments };
  for (const [key, file] of environmentFiles) environments[key] = file.data;
  const fileDocumentFor = (path) => {
    if (path[0] !== "environments" || path.length < 2) return void 0;
    const document = environmentFiles.get(String(path[1]));
    return document ? { document, inner: path.slice(2) } : void 0;
  };
  return {
    config: {
      file: config.file,
      data: { ...root, environments },
      keyPosition: (path) => {
        const inFile = fileDocumentFor(path);
        return inFile ? inFile.document.keyPosition(inFile.inner) : config.keyPosition(path);
      },
      valuePosition: (path) => {
        const inFile = fileDocumentFor(path);
        return inFile ? inFile.document.valuePosition(inFile.inner) : config.valuePosition(path);
      },
      fileFor: (path) => fileDocumentFor(path)?.document.file ?? config.fileFor(path)
    },
    environmentFiles,
    findings
  };
}

// src/config/load.ts
init_bundle_url();
var import_yaml = __toESM(require_dist(), 1);
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 1e3;
function loadFinding(rule, message, position, path = "") {
  return {
    rule: `load/${rule}`,
    severity: "error",
    message,
    path,
    line: position?.line ?? null,
    column: position?.column ?? null
  };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let extra;
    let min;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      extra = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      extra = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      extra = 3;
      min = 65536;
    } else return i;
    let codePoint = b & 255 >> extra + 2;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      codePoint = codePoint << 6 | c & 63;
    }
    if (codePoint < min || codePoint > 1114111 || codePoint >= 55296 && codePoint <= 57343) return i;
    i += extra + 1;
  }
  return -1;
}
function positionOfByte(bytes, offset) {
  const before = Buffer.from(bytes.subarray(0, offset)).toString("utf8");
  const lines = before.split("\n");
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}
function plainYamlMessage(message) {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, "").trim();
}
function describeYamlError(code, message) {
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: a mapping names the same key twice, and QHub would reject the file. Remove or rename one of them";
    case "MULTIPLE_DOCS":
      return "the file holds several YAML documents (`---`); a QHub config is exactly one mapping";
    default:
      return `invalid YAML: ${plainYamlMessage(message)}`;
  }
}
function loadYaml(bytes, file) {
  const raw = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  if (raw.length > MAX_CONFIG_BYTES) {
    return fail(loadFinding("too-large", `the file is ${raw.length} bytes, over the 1 MiB limit for a config; is this the right file?`, null));
  }
  const nul = raw.indexOf(0);
  if (nul !== -1) {
    return fail(loadFinding("binary", "the file contains NUL bytes: it is binary, not a YAML config", positionOfByte(raw, nul)));
  }
  const invalid = firstInvalidUtf8(raw);
  if (invalid !== -1) {
    return fail(
      loadFinding("encoding", "the file is not valid UTF-8; save it as UTF-8 (YAML requires Unicode)", positionOfByte(raw, invalid))
    );
  }
  let text = Buffer.from(raw).toString("utf8");
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.trim() === "" || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return fail(loadFinding("empty", "the file is empty: a QHub config is a YAML mapping (at least `project_name`)", { line: 1, column: 1 }));
  }
  const lineCounter = new import_yaml.LineCounter();
  let document;
  try {
    document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: true, customTags: ["timestamp"], logLevel: "error" });
  } catch (error) {
    return fail(loadFinding("syntax", `invalid YAML: ${error.message}`, null));
  }
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    return {
      document: null,
      findings: document.errors.map(
        (error) => loadFinding(error.code === "DUPLICATE_KEY" ? "duplicate-key" : "syntax", describeYamlError(error.code, error.message), at(error.pos[0]))
      )
    };
  }
  const recursive = recursiveAlias(document);
  if (recursive) {
    return fail(
      loadFinding("recursive-alias", `the alias \`*${recursive.source}\` refers to the node that contains it, so the config would be infinitely deep; use a plain value instead`, at(recursive.range?.[0] ?? 0))
    );
  }
  let data;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error.message;
    if (/excessive alias count/i.test(message)) {
      return fail(
        loadFinding("alias-bomb", `YAML aliases expand to too many nodes (over ${MAX_ALIAS_COUNT}); this looks like an alias expansion bomb`, null)
      );
    }
    return fail(loadFinding("syntax", `invalid YAML: ${plainYamlMessage(message)}`, null));
  }
  if (data === null || typeof data !== "object" || Array.isArray(data) || !(0, import_yaml.isMap)(document.contents)) {
    const kind = data === null ? "empty" : Array.isArray(data) ? "a list" : `a ${typeof data}`;
    const start = document.contents?.range?.[0] ?? 0;
    return fail(loadFinding("not-a-mapping", `the top level of the file is ${kind}, but a QHub config must be a mapping of keys such as \`project_name\` and \`provider\``, at(start)));
  }
  const root = document.contents;
  const resolve3 = (path) => resolveNode(document, root, path);
  return {
    document: {
      file,
      data,
      fileFor: () => file,
      keyPosition: (path) => {
        const found = resolve3(path);
        if (!found) return null;
        return at(found.key?.range?.[0] ?? found.node.range?.[0] ?? 0);
      },
      valuePosition: (path) => {
        const found = resolve3(path);
        if (!found) return null;
        return at(found.node.range?.[0] ?? found.key?.range?.[0] ?? 0);
      }
    },
    findings: []
  };
}
function recursiveAlias(document) {
  let found = null;
  (0, import_yaml.visit)(document, {
    Alias(_key, alias) {
      const target = alias.resolve(document);
      const start = alias.range?.[0];
      if (target?.range && start !== void 0 && start >= target.range[0] && start < target.range[2]) {
        found = alias;
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function fail(finding) {
  return { document: null, findings: [finding] };
}
function resolveNode(document, root, path) {
  let current = { node: root };
  for (const segment of path) {
    const node = (0, import_yaml.isAlias)(current.node) ? current.node.resolve(document) : current.node;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment));
      if (!pair) return null;
      const key = pair.key;
      current = { node: pair.value ?? key, key };
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) return null;
      current = { node: item };
    } else {
      return null;
    }
  }
  return current;
}
function locate(document, path) {
  for (let length = path.length; length >= 0; length--) {
    const position = document.keyPosition(path.slice(0, length));
    if (position) return position;
  }
  return null;
}

// src/config/schema-check.ts
init_bundle_url();

// src/config/schemas/index.ts
init_bundle_url();
var import_node_module = require("node:module");
var loadFromDist = (0, import_node_module.createRequire)(bundleUrl);
var diagnosis;
var full = () => diagnosis ??= loadFromDist("./validators/diagnose.cjs");
var schemaValidator = (family) => full().schemaValidator(family);
var schemaBranchValidator = (family, branch) => full().schemaBranchValidator(family, branch);

// src/config/schemas/precompiled.ts
init_bundle_url();
var import_node_module2 = require("node:module");
var loadFromDist2 = (0, import_node_module2.createRequire)(bundleUrl);
function loadPrecompiledValidator(family) {
  return loadFromDist2(`./validators/${family}.cjs`).validate;
}

// src/config/schema-check.ts
var SECRET_KEY = /secret|password|token|passwd|private|credential/i;
function productLabel(version) {
  return `${version.family.startsWith("nebari") ? "Nebari" : "QHub"} ${version.value}`;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = current !== null && typeof current === "object" ? current[segment] : void 0;
    }
  }
  return path;
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function describePlace(data, path) {
  if (path.length === 0) return "the top level of the config";
  const [first, second, third] = path;
  if (first === "profiles" && second === "dask_worker" && path.length === 3) return `dask_worker profile \`${String(third)}\``;
  if (first === "profiles" && second === "jupyterlab" && path.length === 3 && typeof third === "number") {
    const name = valueAt(data, path)?.display_name;
    return typeof name === "string" ? `JupyterLab profile \`${name}\`` : `JupyterLab profile #${third + 1}`;
  }
  if (path.length === 3 && second === "node_groups") return `node group \`${String(third)}\` of \`${String(first)}\``;
  if (first === "environments" && path.length === 2) return `environment \`${String(second)}\``;
  return `\`${formatPath(path)}\``;
}
function describeValue2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date (YAML reads an unquoted YYYY-MM-DD as a date, as QHub does: quote it to keep it a string)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return `${typeof value} ${String(value)}`;
}
function shownValue(path, value) {
  const key = path[path.length - 1];
  if (typeof key === "string" && SECRET_KEY.test(key)) return "its value";
  return describeValue2(value);
}
var TYPE_WORDS = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "empty (null)"
};
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function closest(name, candidates) {
  let best = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
var RULE_BY_KEYWORD = {
  additionalProperties: "additional-property",
  unevaluatedProperties: "additional-property",
  const: "enum"
};
function ruleId(keyword) {
  const id = RULE_BY_KEYWORD[keyword] ?? keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `schema/${id}`;
}
function explain(error, data, version) {
  const at = pointerToPath(error.instancePath, data);
  const place = describePlace(data, at);
  const value = valueAt(data, at);
  const name = formatPath(at);
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return { error, path: [...at, missing], message: `\`${missing}\` is required in ${place} (${productLabel(version)})` };
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closest(extra, known);
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "; remove it or check its spelling";
      return { error, path: [...at, extra], message: `\`${extra}\` is not a key ${productLabel(version)} accepts in ${place}${hint}` };
    }
    case "type": {
      const types = String(params.type).split(",").map((type) => TYPE_WORDS[type] ?? type);
      return { error, path: at, message: `\`${name}\` must be ${types.join(" or ")}, but is ${shownValue(at, value)}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map((v) => `\`${String(v)}\``).join(", ");
      return { error, path: at, message: `\`${name}\` must be one of ${allowed}, but is ${shownValue(at, value)}` };
    }
    case "const":
      return { error, path: at, message: `\`${name}\` must be \`${String(params.allowedValue)}\`, but is ${shownValue(at, value)}` };
    case "pattern": {
      const description = error.parentSchema?.description;
      const rule = description ? ` (${description})` : ` (pattern \`${String(params.pattern)}\`)`;
      return { error, path: at, message: `\`${name}\` ${shownValue(at, value)} is not allowed by ${productLabel(version)}${rule}` };
    }
    case "contains": {
      const description = error.parentSchema?.description;
      return { error, path: at, message: `\`${name}\` ${error.message ?? "has the wrong number of matching items"}${description ? `: ${description}` : ""} (${productLabel(version)})` };
    }
    case "not": {
      const description = error.parentSchema?.description;
      return { error, path: at, message: `\`${name}\`: ${description ?? "this value is not allowed here"} (${productLabel(version)})` };
    }
    default:
      return { error, path: at, message: `\`${name || "config"}\` ${error.message ?? "is invalid"}` };
  }
}
function isUnion(error) {
  return error.keyword === "anyOf" || error.keyword === "oneOf";
}
function isWithin(instancePath, ancestor) {
  return instancePath === ancestor || instancePath.startsWith(`${ancestor}/`);
}
function failsDiscriminator(errors, at) {
  const depth = at.split("/").length;
  return errors.some(
    (error) => (error.keyword === "const" || error.keyword === "enum") && error.instancePath.split("/").length <= depth + 1 || error.keyword === "type" && error.instancePath === at
  );
}
function collapseUnions(errors, branchValidator) {
  const result = [];
  for (const error of errors) {
    if (!isUnion(error)) {
      result.push(error);
      continue;
    }
    const siblingPrefix = `${error.schemaPath.replace(/\/(anyOf|oneOf)$/, "")}/`;
    const isSibling = (e) => e.schemaPath.startsWith(siblingPrefix) && !e.schemaPath.startsWith(`${error.schemaPath}/`);
    const popped = [];
    while (result.length > 0 && isWithin(result[result.length - 1].instancePath, error.instancePath)) popped.unshift(result.pop());
    result.push(...popped.filter(isSibling));
    const branches = error.schema.map((branch) => {
      const validate = branchValidator(branch);
      if (validate(error.data)) return [];
      const relocated = (validate.errors ?? []).filter((e) => e.keyword !== "if").map((e) => ({ ...e, instancePath: `${error.instancePath}${e.instancePath}` }));
      return collapseUnions(relocated, branchValidator);
    });
    if (branches.some((branch) => branch.length === 0)) continue;
    const ranked = [...branches].sort(
      (a, b) => Number(failsDiscriminator(a, error.instancePath)) - Number(failsDiscriminator(b, error.instancePath)) || a.length - b.length
    );
    result.push(...ranked[0]);
  }
  return result;
}
function checkSchema(document, version) {
  if (loadPrecompiledValidator(version.family)?.(document.data)) return [];
  const validate = schemaValidator(version.family);
  if (validate(document.data)) return [];
  const errors = collapseUnions((validate.errors ?? []).filter((error) => error.keyword !== "if"), (branch) => schemaBranchValidator(version.family, branch));
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const error of errors) {
    const { path, message } = explain(error, document.data, version);
    const key = `${error.keyword}|${formatPath(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const position = locate(document, path);
    const file = document.fileFor(path);
    findings.push({
      rule: ruleId(error.keyword),
      severity: "error",
      message,
      path: formatPath(path),
      line: position?.line ?? null,
      column: position?.column ?? null,
      ...file !== document.file ? { file } : {}
    });
  }
  return findings;
}

// src/config/version.ts
init_bundle_url();
var SUPPORTED_VERSIONS_TEXT = "QHub 0.3.11-0.3.14 and 0.4.0-0.4.5, Nebari 2022.10 and later";
function numericParts(value) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(value.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}
function atLeast(parts, minimum) {
  for (let i = 0; i < minimum.length; i++) {
    const a = parts[i] ?? 0;
    const b = minimum[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
function familyOf(value) {
  const parts = numericParts(value);
  if (!parts) return { unsupported: `'${value}' is not a version number` };
  const [major] = parts;
  if (major >= 2022) {
    if (!atLeast(parts, [2022, 10])) return { unsupported: `Nebari ${value} predates the first Nebari release (2022.10)` };
    return { family: atLeast(parts, [2023, 10]) ? "nebari-2023.10" : "nebari-2022.10" };
  }
  if (major === 0) {
    if (!atLeast(parts, [0, 3, 11])) return { unsupported: `QHub ${value} is older than 0.3.11, the oldest version qhub-gitops knows` };
    if (atLeast(parts, [0, 5])) return { unsupported: `QHub ${value} was never released (QHub became Nebari after 0.4.5)` };
    if (atLeast(parts, [0, 4])) return { family: "qhub-0.4" };
    return { family: atLeast(parts, [0, 3, 12]) ? "qhub-0.3.12" : "qhub-0.3.11" };
  }
  return { unsupported: `'${value}' is neither a QHub (0.x) nor a Nebari (YYYY.M) version` };
}
function configVersion(data) {
  for (const key of ["qhub_version", "nebari_version"]) {
    const value = data[key];
    if (typeof value === "string" || typeof value === "number") return { key, value: String(value) };
  }
  return null;
}
var NIC_KEYS = ["cluster", "git_repository", "repository"];
function looksOlderThanSupported(data) {
  if (typeof data.ci_cd === "string") return "`ci_cd` is a string (QHub 0.3.x made it a mapping)";
  const text = JSON.stringify(data);
  if (/"(cpu|mem)_guarentee"/.test(text)) return "profiles use the `cpu_guarentee`/`mem_guarentee` spelling of QHub 0.1.x";
  return null;
}
function decideVersion(data, sources) {
  const nicKey = NIC_KEYS.find((key) => key in data);
  if (nicKey && !("provider" in data)) {
    return {
      ok: false,
      rule: "version/nic-format",
      path: nicKey,
      message: `this is a nebari-infrastructure-core (NIC) config (it has \`${nicKey}:\`), not a classic QHub/Nebari config; qhub-gitops validates and deploys classic configs (${SUPPORTED_VERSIONS_TEXT}), so use NIC's own tooling for this file`
    };
  }
  const inConfig = configVersion(data);
  const chosen = sources.requestedVersion?.trim() && { value: sources.requestedVersion.trim(), source: "option" } || inConfig && { value: inConfig.value, source: "config" } || sources.pinnedVersion?.trim() && { value: sources.pinnedVersion.trim(), source: "pin-file" } || null;
  if (!chosen) {
    const old = looksOlderThanSupported(data);
    if (old) {
      return {
        ok: false,
        rule: "version/unsupported",
        path: "",
        message: `this looks like a QHub config older than 0.3.11 (${old}); qhub-gitops supports ${SUPPORTED_VERSIONS_TEXT}. Upgrade it with \`qhub upgrade\` of a supported version`
      };
    }
    return {
      ok: false,
      rule: "version/unknown",
      path: "",
      message: "cannot tell which QHub/Nebari version this config targets. QHub 0.3.x configs carry no version key, so either put the version in a `.qhub-version` file next to the config (one line, e.g. `0.3.14`), pass `--qhub-version` (CLI) or the `qhub-version` input (action); 0.4.x configs need `qhub_version:` and Nebari configs `nebari_version:`"
    };
  }
  const family = familyOf(chosen.value);
  if ("unsupported" in family) {
    return {
      ok: false,
      rule: "version/unsupported",
      path: chosen.source === "config" && inConfig ? inConfig.key : "",
      message: `${family.unsupported}; qhub-gitops supports ${SUPPORTED_VERSIONS_TEXT}`
    };
  }
  return {
    ok: true,
    version: { family: family.family, value: chosen.value, source: chosen.source },
    configValue: inConfig?.value ?? null
  };
}

// src/rules/index.ts
init_bundle_url();

// src/rules/dask-pin.ts
init_bundle_url();

// src/rules/data/dask-pins.json
var dask_pins_default = {
  description: "Packages an environment that uses Dask must pin so its client matches the Dask scheduler and workers QHub/Nebari deploy. Versions are inclusive ranges of QHub/Nebari releases; `{release}` stands for the release itself (e.g. 2023.7.2).",
  sources: {
    "0.3.11": "qhub/initialize.py (default environment-dask.yaml) at tag v0.3.11 of github.com/nebari-dev/nebari: dask ==2.30.0, distributed ==2.30.1, dask-gateway ==0.9.0",
    "0.3.12": "qhub/initialize.py at v0.3.12: qhub-dask ==0.3.12",
    "0.3.13-0.4.0": "qhub/initialize.py at v0.3.13, v0.3.14 and v0.4.0: qhub-dask ==0.3.13",
    "0.4.1-0.4.2": 'qhub/utils.py at v0.4.1 and v0.4.2: qhub_dask_version = "0.4.0"',
    "0.4.3": 'qhub/utils.py at v0.4.3: qhub_dask_version = "0.4.3"',
    "0.4.4-0.4.5": "qhub/utils.py at v0.4.4 and v0.4.5: DEFAULT_QHUB_DASK_VERSION = the release (0.4.4, 0.4.5)",
    "2022.10.1+": "nebari/utils.py at 2022.10.1 to 2023.5.1: DEFAULT_NEBARI_DASK_VERSION = the release; src/_nebari/constants.py from 2023.7.1: DEFAULT_NEBARI_DASK_VERSION = CURRENT_RELEASE"
  },
  pins: [
    { from: "0.3.11", to: "0.3.11", packages: { dask: "2.30.0", distributed: "2.30.1", "dask-gateway": "0.9.0" } },
    { from: "0.3.12", to: "0.3.12", packages: { "qhub-dask": "0.3.12" } },
    { from: "0.3.13", to: "0.4.0", packages: { "qhub-dask": "0.3.13" } },
    { from: "0.4.1", to: "0.4.2", packages: { "qhub-dask": "0.4.0" } },
    { from: "0.4.3", to: "0.4.3", packages: { "qhub-dask": "0.4.3" } },
    { from: "0.4.4", to: "0.4.4", packages: { "qhub-dask": "0.4.4" } },
    { from: "0.4.5", to: "0.4.5", packages: { "qhub-dask": "0.4.5" } },
    { from: "2022.10.1", to: null, packages: { "nebari-dask": "{release}" } }
  ]
};

// src/rules/shared/finding.ts
init_bundle_url();
function ruleFinding(document, rule, severity, path, message) {
  const position = locate(document, path);
  const file = document.fileFor(path);
  return {
    rule,
    severity,
    message,
    path: formatPath(path),
    line: position?.line ?? null,
    column: position?.column ?? null,
    ...file !== document.file ? { file } : {}
  };
}

// src/rules/shared/packages.ts
init_bundle_url();

// src/rules/shared/shape.ts
init_bundle_url();
function asMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : void 0;
  }
  return void 0;
}
function valueAt2(data, path) {
  let current = data;
  for (const segment of path) {
    if (typeof segment === "number") {
      const list = asList(current);
      if (!list) return void 0;
      current = list[segment];
    } else {
      const mapping = asMapping(current);
      if (!mapping || !Object.hasOwn(mapping, segment)) return void 0;
      current = mapping[segment];
    }
  }
  return current;
}
function entriesAt(data, path) {
  return Object.entries(asMapping(valueAt2(data, path)) ?? {});
}

// src/rules/shared/packages.ts
function environmentsOf(data) {
  return entriesAt(data, ["environments"]).flatMap(([key, value]) => {
    const environment = asMapping(value);
    return environment ? [{ key, path: ["environments", key], environment }] : [];
  });
}
function dependenciesOf(environment) {
  const found = [];
  const conda = asList(environment.environment.dependencies) ?? [];
  conda.forEach((item, index) => {
    const path = [...environment.path, "dependencies", index];
    const spec = asString(item);
    if (spec !== void 0) {
      const parsed = parseCondaSpec(spec);
      if (parsed) found.push({ path, spec, ...parsed });
      return;
    }
    (asList(asMapping(item)?.pip) ?? []).forEach((pipItem, pipIndex) => {
      const pipSpec = asString(pipItem);
      const parsed = pipSpec === void 0 ? void 0 : parsePipSpec(pipSpec);
      if (parsed) found.push({ path: [...path, "pip", pipIndex], spec: pipSpec, ...parsed });
    });
  });
  return found;
}
var VERSION = /^[0-9][A-Za-z0-9._+!-]*$/;
function parseCondaSpec(spec) {
  const text = spec.trim().replace(/^[^\s:]+::/, "");
  const match = /^([A-Za-z0-9_.-]+)\s*(.*)$/.exec(text);
  if (!match) return void 0;
  const name = match[1].toLowerCase();
  const rest = match[2].trim();
  return { name, exactVersion: exactCondaVersion(rest) };
}
function exactCondaVersion(rest) {
  if (rest === "" || rest.includes("*") || rest.includes(",") || rest.includes("|")) return void 0;
  let match = /^==\s*(\S+)$/.exec(rest);
  if (match) return VERSION.test(match[1]) ? match[1] : void 0;
  match = /^=\s*([^=\s]+)(?:[=\s]\s*(\S+))?$/.exec(rest);
  if (match) {
    const version = match[1];
    const hasBuild = match[2] !== void 0;
    return VERSION.test(version) && (hasBuild || version.split(".").length >= 3) ? version : void 0;
  }
  match = /^([^<>=!~\s]+)(?:\s+\S+)?$/.exec(rest);
  return match && VERSION.test(match[1]) ? match[1] : void 0;
}
function parsePipSpec(spec) {
  const text = spec.split(";")[0].trim();
  if (text.startsWith("-")) return void 0;
  const match = /^([A-Za-z0-9_.-]+)\s*(\[[^\]]*\])?\s*(.*)$/.exec(text);
  if (!match) return void 0;
  const name = match[1].toLowerCase();
  const rest = match[3].trim();
  const exact = /^===?\s*([^\s,*]+)$/.exec(rest);
  const direct = /^@\s*\S+$/.test(rest) ? rest.slice(1).trim() : void 0;
  return { name, exactVersion: exact ? exact[1] : direct };
}

// src/rules/shared/version.ts
init_bundle_url();
function releaseParts(version) {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
  return match ? match[1].split(".").map(Number) : [];
}
function releaseOf(version) {
  const parts = releaseParts(version);
  return parts.length > 0 ? parts.join(".") : void 0;
}
function compareVersions(a, b) {
  const left = releaseParts(a);
  const right = releaseParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
function isAtLeast(version, minimum) {
  return compareVersions(version, minimum) >= 0;
}

// src/rules/dask-pin.ts
var ID = "dask-pin";
var DASK_PACKAGES = /* @__PURE__ */ new Set(["dask", "dask-core", "distributed", "dask-gateway", "qhub-dask", "nebari-dask"]);
var SHARED_PINS = ["dask", "distributed"];
function requiredDaskPins(version) {
  const release = releaseOf(version);
  if (release === void 0) return void 0;
  const entry = dask_pins_default.pins.find((pin) => compareVersions(release, pin.from) >= 0 && (pin.to === null || compareVersions(release, pin.to) <= 0));
  if (!entry) return void 0;
  return Object.fromEntries(Object.entries(entry.packages).map(([name, pinned]) => [name, pinned.replace("{release}", release)]));
}
var daskPin = {
  id: ID,
  severity: "error",
  description: "Environments that use Dask must pin the Dask packages the QHub/Nebari version deploys; pins should agree across environments.",
  doc: [
    "Dask clients, schedulers and workers must run the same versions. QHub runs the scheduler and workers from its own images, so a user environment with another `dask`/`distributed`/`dask-gateway` fails to connect or breaks with serialization errors. The required pins per release are kept in `src/rules/data/dask-pins.json` with sources:",
    "",
    "- 0.3.11: `dask==2.30.0`, `distributed==2.30.1`, `dask-gateway==0.9.0`",
    "- 0.3.12: `qhub-dask==0.3.12`",
    "- 0.3.13\u20130.4.0: `qhub-dask==0.3.13`",
    "- 0.4.1\u20130.4.2: `qhub-dask==0.4.0`; 0.4.3, 0.4.4, 0.4.5: `qhub-dask==` the release",
    "- Nebari 2022.10.1+: `nebari-dask==` the release (e.g. `nebari-dask==2023.7.2`)",
    "",
    "An environment counts as a Dask environment when it depends on `dask`, `dask-core`, `distributed`, `dask-gateway`, `qhub-dask` or `nebari-dask`. Different exact `dask`/`distributed` pins across environments are a warning: users switching kernels get a client that does not match the cluster they started.",
    "",
    "What to do instead: add the pins above to every environment that uses Dask (the `qhub-dask`/`nebari-dask` metapackage pins dask, distributed and dask-gateway together) and change them in the same pull request that upgrades QHub."
  ].join("\n"),
  check({ config, version }) {
    const required = requiredDaskPins(version.value);
    const findings = [];
    const sharedPins = /* @__PURE__ */ new Map();
    for (const environment of environmentsOf(config.data)) {
      const dependencies = dependenciesOf(environment);
      if (!dependencies.some((dependency) => DASK_PACKAGES.has(dependency.name))) continue;
      const byName = new Map(dependencies.map((dependency) => [dependency.name, dependency]));
      for (const [name, pinned] of Object.entries(required ?? {})) {
        const dependency = byName.get(name);
        if (dependency?.exactVersion === pinned) continue;
        const path = dependency?.path ?? [...environment.path, "dependencies"];
        const found = dependency ? `has \`${dependency.spec}\`` : `does not list \`${name}\``;
        findings.push(ruleFinding(config, ID, "error", path, `environment \`${environment.key}\` uses Dask but ${found}; ${version.value} deploys its scheduler and workers for \`${name}==${pinned}\`, and a mismatched client cannot work with them. Pin \`${name}==${pinned}\`.`));
      }
      for (const name of SHARED_PINS) {
        const dependency = byName.get(name);
        if (dependency?.exactVersion === void 0) continue;
        const first = sharedPins.get(name);
        if (!first) {
          sharedPins.set(name, { version: dependency.exactVersion, environment: environment.key });
        } else if (first.version !== dependency.exactVersion) {
          findings.push(ruleFinding(config, ID, "warning", dependency.path, `environment \`${environment.key}\` pins \`${name}\` ${dependency.exactVersion}, but \`${first.environment}\` pins ${first.version}; clients from the two environments cannot share a Dask cluster. Use one version everywhere.`));
        }
      }
    }
    return findings;
  }
};

// src/rules/default-profile.ts
init_bundle_url();
var ID2 = "default-profile";
var defaultProfile = {
  id: ID2,
  severity: "error",
  description: "At most one JupyterLab profile may be marked `default: true` (error from QHub 0.3.12, warning on 0.3.11; on 0.3.12-0.4.0 QHub's own check reports it, as `schema/contains`).",
  doc: [
    'KubeSpawner pre-selects the profile marked `default: true` on the spawn page; with several, users silently get whichever KubeSpawner picks. QHub 0.3.12\u20130.4.0 reject such a config when deploying (`Profiles.check_default`, a `pre=True` validator: "Multiple default Jupyterlab profiles may cause unexpected problems"). From 0.4.1 and in Nebari the validator runs on parsed models and tests `"default" in <model>`, which is never true, so the config deploys silently. An error from 0.3.12 on; QHub 0.3.11 has no check at all, so there it is a warning.',
    "",
    "What to do instead: keep `default: true` on exactly one profile, usually the smallest one."
  ].join("\n"),
  check({ config, version }) {
    const defaults = (asList(asMapping(asMapping(config.data)?.profiles)?.jupyterlab) ?? []).flatMap(
      (profile, index) => asMapping(profile)?.default === true ? [index] : []
    );
    if (defaults.length < 2) return [];
    if (version.family === "qhub-0.3.12" || version.family === "qhub-0.4" && compareVersions(version.value, "0.4.0") === 0) return [];
    const severity = version.family === "qhub-0.3.11" ? "warning" : "error";
    const first = defaults[0];
    return defaults.slice(1).map(
      (index) => ruleFinding(config, ID2, severity, ["profiles", "jupyterlab", index, "default"], `JupyterLab profile #${index + 1} is marked \`default: true\`, like profile #${first + 1}; only one profile can be the default. Remove \`default: true\` from all but one.`)
    );
  }
};

// src/rules/deployment-collision.ts
init_bundle_url();

// src/rules/shared/provider.ts
init_bundle_url();
var PROVIDER_BLOCKS = {
  gcp: "google_cloud_platform",
  aws: "amazon_web_services",
  azure: "azure",
  do: "digital_ocean",
  local: "local",
  existing: "existing"
};
var CLOUD_PROVIDERS = /* @__PURE__ */ new Set(["gcp", "aws", "azure", "do"]);
function hasDefaultedSections(family) {
  return family === "nebari-2023.10";
}
function providerOf(data, family) {
  const declared = asString(asMapping(data)?.provider);
  if (declared !== void 0 || !hasDefaultedSections(family)) return declared;
  const present = Object.entries(PROVIDER_BLOCKS).filter(([, block]) => asMapping(data)?.[block] !== void 0);
  if (present.length === 1) return present[0][0];
  return present.length === 0 ? "local" : void 0;
}
function namespaceOf(data) {
  return asString(asMapping(data)?.namespace) ?? "dev";
}
function nodeGroupsOf(document, provider) {
  const block = provider === void 0 ? void 0 : PROVIDER_BLOCKS[provider];
  if (block === void 0 || !CLOUD_PROVIDERS.has(provider)) return [];
  return entriesAt(document.data, [block, "node_groups"]).map(([name, group]) => ({
    name,
    path: [block, "node_groups", name],
    group: asMapping(group)
  }));
}
function declaresNodeGroups(data, provider) {
  const block = provider === void 0 ? void 0 : PROVIDER_BLOCKS[provider];
  return block !== void 0 && asMapping(asMapping(asMapping(data)?.[block])?.node_groups) !== void 0;
}

// src/rules/deployment-collision.ts
var ID3 = "deployment-collision";
var deploymentCollision = {
  id: ID3,
  severity: "error",
  description: "Another deployment on the same provider uses the same `project_name` and `namespace`, so both would share one Terraform state and one cluster.",
  doc: [
    "QHub names the Terraform state bucket `{project_name}-{namespace}-terraform-state`, the cluster `{project_name}-{namespace}` and the other cloud resources after these two fields. Two deployments on the same provider (for example two `deploy/*` branches of the template repository) with the same pair read and write the same state: each deploy would overwrite or destroy what the other created. Even in different accounts or projects they clash, because S3, GCS and Spaces bucket names are global. Deployments on different providers do not share anything and are not reported.",
    "",
    "What to do instead: give each deployment its own `project_name` (or `namespace`) before its first deploy."
  ].join("\n"),
  check({ config, otherDeployments, version }) {
    const name = asString(asMapping(config.data)?.project_name);
    if (name === void 0) return [];
    const namespace = namespaceOf(config.data);
    const provider = providerOf(config.data, version.family);
    const findings = [];
    for (const other of otherDeployments) {
      const sameNames = asString(asMapping(other.data)?.project_name) === name && namespaceOf(other.data) === namespace;
      if (!sameNames || providerOf(other.data, version.family) !== provider) continue;
      findings.push(
        ruleFinding(config, ID3, "error", ["project_name"], `${other.file} deploys the same \`project_name: ${name}\` and \`namespace: ${namespace}\`: both deployments would use the Terraform state bucket \`${name}-${namespace}-terraform-state\` and cluster \`${name}-${namespace}\` and overwrite each other. Choose a different \`project_name\` or \`namespace\` for one of them.`)
      );
    }
    return findings;
  }
};

// src/rules/duplicate-uid.ts
init_bundle_url();
var ID4 = "duplicate-uid";
var duplicateUid = {
  id: ID4,
  severity: "error",
  description: "Two users in `security.users` (QHub 0.3.x) must not share a `uid`.",
  doc: [
    "QHub 0.3.x creates a POSIX account for every entry of `security.users` and mounts one shared filesystem for everyone. Two users with the same `uid` are the same owner on that filesystem: each can read and overwrite the other's home directory. QHub 0.3.11 accepts such a config silently; 0.3.12\u20130.3.14 reject it when `qhub deploy` validates it (`check_for_duplicates` in `qhub/utils.py`), i.e. only after the pull request is merged. Uids are compared as numbers, so `1000` and `'1000'` are the same uid.",
    "",
    "What to do instead: give every user a distinct `uid` (QHub numbers them from 1000); never reuse the uid of a removed user whose files still exist."
  ].join("\n"),
  check({ config }) {
    const owners = /* @__PURE__ */ new Map();
    const findings = [];
    for (const [user, settings] of entriesAt(config.data, ["security", "users"])) {
      const uid = asNumber(asMapping(settings)?.uid);
      if (uid === void 0) continue;
      const owner = owners.get(uid);
      if (owner === void 0) {
        owners.set(uid, user);
        continue;
      }
      findings.push(ruleFinding(config, ID4, "error", ["security", "users", user, "uid"], `user \`${user}\` has uid ${uid}, already used by \`${owner}\`; both would own the same files on the shared filesystem. Give each user a distinct uid.`));
    }
    return findings;
  }
};

// src/rules/environment-removed.ts
init_bundle_url();
var ID5 = "environment-removed";
var environmentRemoved = {
  id: ID5,
  severity: "notice",
  description: "An environment present on the base branch is removed; QHub does not delete it from conda-store or users' kernels.",
  doc: [
    "Removing an environment from the config (or its file) only stops QHub from building it. The environment that conda-store already built stays on the shared conda volume, and users keep seeing its kernel in JupyterLab and can keep using it with Dask.",
    "",
    "Environments are compared by their `name`, since that is what conda-store builds: renaming an environment file while keeping its `name` removes nothing; changing the `name` leaves the old environment behind. The action reads the base branch's environment files itself; the CLI needs them as `--base-environments DIR`.",
    "",
    "What to do after merging, by hand: on QHub 0.3.x, as an admin, delete the built environment directory `/home/conda/environments/<name>` (and its entries in `/home/conda/store`) from the conda-store volume; on QHub 0.4+ and Nebari, delete the environment in the conda-store web UI (`https://<domain>/conda-store`), which removes `/home/conda/<namespace>/envs/<namespace>-<name>`. Tell users to move notebooks to another kernel first."
  ].join("\n"),
  check({ config, base }) {
    if (!base) return [];
    const current = new Set(environmentsOf(config.data).map(environmentName));
    return environmentsOf(base.data).filter((environment) => !current.has(environmentName(environment))).map((environment) => {
      const name = environmentName(environment);
      const namespace = namespaceOf(base.data);
      const baseFile = base.fileFor(environment.path);
      const origin = baseFile === base.file ? "" : `, from ${baseFile}`;
      return ruleFinding(config, ID5, "notice", environment.path, `environment \`${environment.key}\` (\`${name}\`${origin}) is removed, but QHub will not delete it: it stays built in conda-store and in users' kernel lists. After merging, delete it by hand: on QHub 0.3.x remove \`/home/conda/environments/${name}\` from the conda-store volume; on QHub 0.4+/Nebari delete it in the conda-store UI (\`/home/conda/${namespace}/envs/${namespace}-${name}\`).`);
    });
  }
};
function environmentName(environment) {
  return asString(environment.environment.name) ?? environment.key;
}

// src/rules/immutable-field.ts
init_bundle_url();
var ID6 = "immutable-field";
var NAMING_CONSEQUENCE = "QHub derives the Terraform state bucket (`{project_name}-{namespace}-terraform-state`), the cluster and every cloud resource name from `project_name` and `namespace`, so the next deploy starts from an empty state: it builds a second cluster and leaves the old one, its volumes and the users' home directories orphaned, to be lost when it is cleaned up.";
var RIGHT_PATH = "To move, keep this branch as it is and create a new deployment branch (e.g. `deploy/<new-name>`) with the new value beside the old one; migrate users and data, then destroy the old deployment.";
function storageTypeOf(data, provider) {
  const declared = asString(asMapping(asMapping(data)?.storage)?.type);
  if (declared !== void 0) return declared;
  return provider === void 0 ? void 0 : provider === "aws" ? "efs" : "nfs";
}
var FIELDS = [
  { path: ["project_name"], read: (data) => asString(asMapping(data)?.project_name), consequence: NAMING_CONSEQUENCE },
  { path: ["namespace"], read: (data) => namespaceOf(data), consequence: NAMING_CONSEQUENCE },
  {
    path: ["provider"],
    read: (data, context) => providerOf(data, context.version.family),
    consequence: "A deployment cannot move between providers: the next deploy would try to build a new cluster on the new provider from the old state, and nothing (cluster, volumes, users' data) carries over."
  },
  {
    path: ["storage", "type"],
    read: (data, context) => context.version.family === "nebari-2023.10" && isAtLeast(context.version.value, "2024.9.1") ? storageTypeOf(data, providerOf(data, context.version.family)) : void 0,
    consequence: "Nebari marks `storage.type` immutable: changing the shared filesystem type replaces the volume that holds the users' home directories and shared data."
  }
];
var immutableField = {
  id: ID6,
  severity: "error",
  description: "`project_name`, `namespace`, `provider` and Nebari's `storage.type` must not change on an existing deployment.",
  doc: [
    "Compares the config with the same file on the branch the pull request targets.",
    "",
    "`project_name` and `namespace` (QHub defaults it to `dev` when absent) name the Terraform state bucket `{project_name}-{namespace}-terraform-state`, the cluster and every cloud resource. Changing either makes the next `qhub deploy` start from an empty state: it creates a second cluster beside the old one, whose volumes and users' home directories are orphaned and lost when it is cleaned up. Changing `provider` cannot migrate anything either, and Nebari (2024.9.1+) marks `storage.type` immutable because it replaces the volume with everyone's files.",
    "",
    "What to do instead: leave the existing deployment branch unchanged and create a new deployment branch with the new values beside it; migrate users and data, then destroy the old deployment."
  ].join("\n"),
  check(context) {
    const { config, base } = context;
    if (!base) return [];
    const findings = [];
    for (const field of FIELDS) {
      const before = field.read(base.data, context);
      const after = field.read(config.data, context);
      if (before === void 0 || after === void 0 || before === after) continue;
      findings.push(
        ruleFinding(
          config,
          ID6,
          "error",
          field.path,
          `\`${field.path.join(".")}\` changes from \`${before}\` to \`${after}\` compared with the base branch. ${field.consequence} ${RIGHT_PATH}`
        )
      );
    }
    return findings;
  }
};

// src/rules/lets-encrypt-email.ts
init_bundle_url();
var ID7 = "lets-encrypt-email";
var letsEncryptEmail = {
  id: ID7,
  severity: "error",
  description: "`certificate.type: lets-encrypt` needs `certificate.acme_email`.",
  doc: [
    "Let's Encrypt requires an account email for the ACME registration; without `acme_email` Traefik cannot obtain a certificate, and the deployment comes up serving a self-signed default certificate that browsers and the Dask/JupyterHub clients reject. QHub's schema leaves the field optional, so nothing fails until users try to log in.",
    "",
    "What to do instead: set `certificate.acme_email` to an address that receives expiry notices (and `acme_server: https://acme-v02.api.letsencrypt.org/directory` for production certificates)."
  ].join("\n"),
  check({ config }) {
    const certificate = asMapping(asMapping(config.data)?.certificate);
    if (asString(certificate?.type) !== "lets-encrypt") return [];
    const email = asString(certificate?.acme_email);
    if (email !== void 0 && email.trim() !== "") return [];
    return [
      ruleFinding(config, ID7, "error", ["certificate", "acme_email"], "`certificate.type` is `lets-encrypt` but `certificate.acme_email` is missing or empty; Let's Encrypt will not issue a certificate without an account email. Add `acme_email`.")
    ];
  }
};

// src/rules/node-group-bounds.ts
init_bundle_url();
var ID8 = "node-group-bounds";
var REQUIRED_GROUPS = ["general", "user", "worker"];
var nodeGroupBounds = {
  id: ID8,
  severity: "error",
  description: "Node groups need `min_nodes \u2264 max_nodes`, no negative counts, and the `general`, `user` and `worker` groups with room for at least one node.",
  doc: [
    "QHub pins its pods to three node groups by name: `general` (JupyterHub, conda-store, Keycloak and other services), `user` (JupyterLab servers) and `worker` (Dask workers). A missing group, or one with `max_nodes: 0`, leaves those pods Pending forever; `min_nodes > max_nodes` or a negative count is rejected by the cloud API in the middle of `qhub deploy`, after part of the infrastructure has already changed.",
    "",
    "Only the provider block in use is checked, and only when it declares `node_groups` (Nebari 2023.10+ provides defaults otherwise).",
    "",
    "What to do instead: keep the three groups, each with `0 \u2264 min_nodes \u2264 max_nodes` and `max_nodes \u2265 1`; use `min_nodes: 0` to let `user` and `worker` scale to zero."
  ].join("\n"),
  check({ config, version }) {
    const provider = providerOf(config.data, version.family);
    if (!declaresNodeGroups(config.data, provider)) return [];
    const groups = nodeGroupsOf(config, provider);
    const findings = [];
    const block = PROVIDER_BLOCKS[provider];
    for (const required of REQUIRED_GROUPS) {
      if (!groups.some((group) => group.name === required)) {
        findings.push(ruleFinding(config, ID8, "error", [block, "node_groups", required], `node group \`${required}\` is missing from \`${block}.node_groups\`; QHub schedules ${describeGroup(required)} on it by name, so they would never start. Add it.`));
      }
    }
    for (const { name, path, group } of groups) {
      if (!group) continue;
      const min = asNumber(group.min_nodes);
      const max = asNumber(group.max_nodes);
      for (const [key, count] of [["min_nodes", min], ["max_nodes", max]]) {
        if (count !== void 0 && count < 0) {
          findings.push(ruleFinding(config, ID8, "error", [...path, key], `\`${key}\` of node group \`${name}\` is ${count}; node counts cannot be negative.`));
        }
      }
      if (min !== void 0 && max !== void 0 && min > max) {
        findings.push(ruleFinding(config, ID8, "error", [...path, "min_nodes"], `node group \`${name}\` has \`min_nodes: ${min}\` above \`max_nodes: ${max}\`; the cloud API rejects this during deploy. Make \`min_nodes \u2264 max_nodes\`.`));
      }
      if (max === 0 && REQUIRED_GROUPS.includes(name)) {
        findings.push(ruleFinding(config, ID8, "error", [...path, "max_nodes"], `node group \`${name}\` has \`max_nodes: 0\`, so ${describeGroup(name)} can never be scheduled. Allow at least one node (use \`min_nodes: 0\` to scale to zero).`));
      }
    }
    return findings;
  }
};
function describeGroup(name) {
  switch (name) {
    case "general":
      return "JupyterHub and the core services";
    case "user":
      return "JupyterLab servers";
    default:
      return "Dask workers";
  }
}

// src/rules/plaintext-secret.ts
init_bundle_url();
var ID9 = "plaintext-secret";
var SECRET_KEY2 = /^(?:.*_)?(?:secret|password|token|api_key|private_key|secret_key|access_key)$/i;
var SECRET_PLACEHOLDER = /^(QHUB_SECRET_|NEBARI_SECRET)/;
var BCRYPT_HASH = /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/;
function substitutionOf({ version }) {
  switch (version.family) {
    case "qhub-0.3.11":
      return { kind: "none" };
    case "qhub-0.3.12":
      return isAtLeast(version.value, "0.3.13") ? { kind: "placeholder", prefix: "QHUB_SECRET_" } : { kind: "none" };
    case "qhub-0.4":
      return { kind: "placeholder", prefix: "QHUB_SECRET_" };
    case "nebari-2022.10":
      return { kind: "placeholder", prefix: "NEBARI_SECRET_" };
    case "nebari-2023.10":
      return { kind: "environment-override" };
  }
}
function pythonLstrip(value, chars) {
  let start = 0;
  while (start < value.length && chars.includes(value[start])) start++;
  return value.slice(start);
}
function suggestedVariable(path, prefix) {
  const key = String(path[path.length - 1]).toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  return prefix.includes(key[0]) ? `DEPLOY_${key}` : key;
}
function secretValues(data) {
  const found = [];
  const visit2 = (value, path, insideList) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit2(item, [...path, index], true));
      return;
    }
    const mapping = asMapping(value);
    if (!mapping) return;
    for (const [key, child] of Object.entries(mapping)) {
      const childPath = [...path, key];
      if ((typeof child === "string" || typeof child === "number") && SECRET_KEY2.test(key)) {
        const text = String(child);
        if (text.trim() !== "") found.push({ path: childPath, value: text, insideList });
      } else {
        visit2(child, childPath, insideList);
      }
    }
  };
  for (const [key, child] of Object.entries(asMapping(data) ?? {})) {
    if (key !== "environments") visit2({ [key]: child }, [], false);
  }
  return found;
}
function isPasswordHash(secret) {
  return secret.path[0] === "security" && secret.path[1] === "users" && secret.path[secret.path.length - 1] === "password" && BCRYPT_HASH.test(secret.value);
}
function adviceFor(substitution, path, version) {
  const repositorySecret = "store the value as a repository (or environment) secret and pass it to the deploy workflow as an environment variable";
  switch (substitution.kind) {
    case "placeholder": {
      const variable = suggestedVariable(path, substitution.prefix);
      return `Replace the value with \`${substitution.prefix}${variable}\`, ${repositorySecret} named \`${variable}\`, and rotate the exposed credential.`;
    }
    case "environment-override":
      return `Replace the value with a placeholder such as \`NEBARI_SECRET\`, ${repositorySecret} named \`NEBARI_SECRET__${path.map(String).join("__")}\` (Nebari overrides \`${formatPath(path)}\` from it), and rotate the exposed credential.`;
    case "none":
      return `QHub ${version} cannot read secrets from the environment (\`QHUB_SECRET_\` substitution arrived in 0.3.13): upgrade, or keep the value out of the repository by having the deploy workflow write it into the config from a repository secret just before \`qhub deploy\`; rotate the exposed credential.`;
  }
}
var plaintextSecret = {
  id: ID9,
  severity: "error",
  description: "OAuth client secrets, passwords, Keycloak root passwords and tokens must not be written literally in the config.",
  doc: [
    "The config lives in a Git repository and its values are rendered into Terraform files and CI logs; a literal credential there is readable by everyone with access to the repository and its history. Findings name the key, never the value.",
    "",
    "What to do instead, per version:",
    '- QHub 0.3.13\u20130.4.x: write `QHUB_SECRET_<NAME>` as the value and provide environment variable `<NAME>` from a repository secret. QHub computes the variable name with Python\'s `lstrip("QHUB_SECRET_")`, which strips any leading `Q H U B S E C R T _` characters: `QHUB_SECRET_CLIENT_SECRET` reads variable `LIENT_SECRET`. The rule warns about such names. QHub only substitutes values of mappings, not of list items.',
    "- Nebari 2022.10\u20132023.7: the same with `NEBARI_SECRET_<NAME>` (the stripped characters are `N E B A R I S C T _`).",
    "- Nebari 2023.10+: keep a placeholder value starting with `NEBARI_SECRET` in the file and set `NEBARI_SECRET__<key>__<key>\u2026` (e.g. `NEBARI_SECRET__security__authentication__config__client_secret`), which Nebari applies over the loaded config.",
    "- QHub 0.3.11\u20130.3.12 have no substitution: upgrade, or let the deploy workflow write the value into the config from a repository secret just before deploying.",
    "",
    "bcrypt hashes in `security.users.<name>.password` (QHub 0.3.x password authentication) are what QHub expects and are not reported: a hash is not the password, though a weak password can be guessed from it offline, so keep such repositories private. Any other value there is reported. Rotate every credential that was ever committed: removing it from the file does not remove it from Git history."
  ].join("\n"),
  check(context) {
    const { config, version } = context;
    const substitution = substitutionOf(context);
    const findings = [];
    for (const secret of secretValues(config.data)) {
      if (isPasswordHash(secret)) continue;
      const where = `\`${formatPath(secret.path)}\``;
      const placeholderPrefix = SECRET_PLACEHOLDER.exec(secret.value)?.[1];
      if (placeholderPrefix !== void 0) {
        findings.push(...checkPlaceholder(context, substitution, secret, placeholderPrefix));
        continue;
      }
      findings.push(ruleFinding(config, ID9, "error", secret.path, `${where} holds a literal secret (value not shown). ${adviceFor(substitution, secret.path, version.value)}`));
    }
    return findings;
  }
};
function checkPlaceholder(context, substitution, secret, prefix) {
  const { config, version } = context;
  const where = `\`${formatPath(secret.path)}\``;
  if (substitution.kind === "environment-override") return prefix === "NEBARI_SECRET" ? [] : [ruleFinding(config, ID9, "error", secret.path, `${where} refers to a \`${prefix}\` placeholder, but Nebari ${version.value} does not substitute placeholders: it would use the text literally. Keep a placeholder and set \`NEBARI_SECRET__${secret.path.map(String).join("__")}\` instead.`)];
  if (substitution.kind === "none" || !secret.value.startsWith(substitution.prefix)) {
    return [ruleFinding(config, ID9, "error", secret.path, `${where} is a secret placeholder that ${version.family.startsWith("qhub") ? "QHub" : "Nebari"} ${version.value} does not substitute; it would be used literally. ${adviceFor(substitution, secret.path, version.value)}`)];
  }
  if (secret.insideList) {
    return [ruleFinding(config, ID9, "error", secret.path, `${where} is inside a list, where ${substitution.prefix} placeholders are not substituted (QHub only visits mapping values); it would be used literally.`)];
  }
  const intended = secret.value.slice(substitution.prefix.length);
  const lookedUp = pythonLstrip(secret.value, substitution.prefix);
  if (lookedUp === intended) return [];
  return [
    ruleFinding(config, ID9, "warning", secret.path, `${where}: QHub strips leading characters of \`${substitution.prefix}\` from the placeholder, so it reads environment variable \`${lookedUp}\`, not \`${intended}\`. Rename the variable so it does not start with one of \`${[...new Set(substitution.prefix)].join("")}\` (e.g. \`${substitution.prefix}${suggestedVariable(secret.path, substitution.prefix)}\`).`)
  ];
}

// src/rules/profile-fit.ts
init_bundle_url();

// src/rules/shared/allocatable.ts
init_bundle_url();

// src/rules/data/instance-types.json
var instance_types_default = {
  description: "vCPU count and memory (GiB) of the instance types QHub/Nebari node groups use, per provider. Memory is as the provider lists it (GCP/AWS/Azure 'GB'/'GiB', DigitalOcean 'GB' sizes) and is read as GiB.",
  sources: {
    gcp: [
      "https://cloud.google.com/compute/docs/general-purpose-machines",
      "https://cloud.google.com/compute/docs/memory-optimized-machines",
      "https://cloud.google.com/compute/docs/gpus#a100-gpus"
    ],
    aws: [
      "https://aws.amazon.com/ec2/instance-types/",
      "https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"
    ],
    azure: [
      "https://learn.microsoft.com/azure/virtual-machines/dv2-dsv2-series",
      "https://learn.microsoft.com/azure/virtual-machines/dv3-dsv3-series",
      "https://learn.microsoft.com/azure/virtual-machines/ev3-esv3-series",
      "https://learn.microsoft.com/azure/virtual-machines/sizes-general"
    ],
    do: [
      "https://docs.digitalocean.com/products/droplets/details/pricing/",
      "https://slugs.do-api.dev/"
    ]
  },
  providers: {
    gcp: {
      "n1-standard-1": {
        vcpu: 1,
        memoryGiB: 3.75
      },
      "n1-standard-2": {
        vcpu: 2,
        memoryGiB: 7.5
      },
      "n1-standard-4": {
        vcpu: 4,
        memoryGiB: 15
      },
      "n1-standard-8": {
        vcpu: 8,
        memoryGiB: 30
      },
      "n1-standard-16": {
        vcpu: 16,
        memoryGiB: 60
      },
      "n1-standard-32": {
        vcpu: 32,
        memoryGiB: 120
      },
      "n1-standard-64": {
        vcpu: 64,
        memoryGiB: 240
      },
      "n1-standard-96": {
        vcpu: 96,
        memoryGiB: 360
      },
      "n1-highmem-2": {
        vcpu: 2,
        memoryGiB: 13
      },
      "n1-highmem-4": {
        vcpu: 4,
        memoryGiB: 26
      },
      "n1-highmem-8": {
        vcpu: 8,
        memoryGiB: 52
      },
      "n1-highmem-16": {
        vcpu: 16,
        memoryGiB: 104
      },
      "n1-highmem-32": {
        vcpu: 32,
        memoryGiB: 208
      },
      "n1-highmem-64": {
        vcpu: 64,
        memoryGiB: 416
      },
      "n1-highmem-96": {
        vcpu: 96,
        memoryGiB: 624
      },
      "n1-highcpu-2": {
        vcpu: 2,
        memoryGiB: 1.8
      },
      "n1-highcpu-4": {
        vcpu: 4,
        memoryGiB: 3.6
      },
      "n1-highcpu-8": {
        vcpu: 8,
        memoryGiB: 7.2
      },
      "n1-highcpu-16": {
        vcpu: 16,
        memoryGiB: 14.4
      },
      "n1-highcpu-32": {
        vcpu: 32,
        memoryGiB: 28.8
      },
      "n1-highcpu-64": {
        vcpu: 64,
        memoryGiB: 57.6
      },
      "n1-highcpu-96": {
        vcpu: 96,
        memoryGiB: 86.4
      },
      "e2-standard-2": {
        vcpu: 2,
        memoryGiB: 8
      },
      "e2-standard-4": {
        vcpu: 4,
        memoryGiB: 16
      },
      "e2-standard-8": {
        vcpu: 8,
        memoryGiB: 32
      },
      "e2-standard-16": {
        vcpu: 16,
        memoryGiB: 64
      },
      "e2-standard-32": {
        vcpu: 32,
        memoryGiB: 128
      },
      "e2-highmem-2": {
        vcpu: 2,
        memoryGiB: 16
      },
      "e2-highmem-4": {
        vcpu: 4,
        memoryGiB: 32
      },
      "e2-highmem-8": {
        vcpu: 8,
        memoryGiB: 64
      },
      "e2-highmem-16": {
        vcpu: 16,
        memoryGiB: 128
      },
      "e2-highcpu-2": {
        vcpu: 2,
        memoryGiB: 2
      },
      "e2-highcpu-4": {
        vcpu: 4,
        memoryGiB: 4
      },
      "e2-highcpu-8": {
        vcpu: 8,
        memoryGiB: 8
      },
      "e2-highcpu-16": {
        vcpu: 16,
        memoryGiB: 16
      },
      "e2-highcpu-32": {
        vcpu: 32,
        memoryGiB: 32
      },
      "n2-standard-2": {
        vcpu: 2,
        memoryGiB: 8
      },
      "n2-standard-4": {
        vcpu: 4,
        memoryGiB: 16
      },
      "n2-standard-8": {
        vcpu: 8,
        memoryGiB: 32
      },
      "n2-standard-16": {
        vcpu: 16,
        memoryGiB: 64
      },
      "n2-standard-32": {
        vcpu: 32,
        memoryGiB: 128
      },
      "n2-standard-48": {
        vcpu: 48,
        memoryGiB: 192
      },
      "n2-standard-64": {
        vcpu: 64,
        memoryGiB: 256
      },
      "n2-standard-80": {
        vcpu: 80,
        memoryGiB: 320
      },
      "n2-highmem-2": {
        vcpu: 2,
        memoryGiB: 16
      },
      "n2-highmem-4": {
        vcpu: 4,
        memoryGiB: 32
      },
      "n2-highmem-8": {
        vcpu: 8,
        memoryGiB: 64
      },
      "n2-highmem-16": {
        vcpu: 16,
        memoryGiB: 128
      },
      "n2-highmem-32": {
        vcpu: 32,
        memoryGiB: 256
      },
      "a2-highgpu-1g": {
        vcpu: 12,
        memoryGiB: 85
      },
      "a2-highgpu-2g": {
        vcpu: 24,
        memoryGiB: 170
      },
      "a2-highgpu-4g": {
        vcpu: 48,
        memoryGiB: 340
      },
      "a2-highgpu-8g": {
        vcpu: 96,
        memoryGiB: 680
      }
    },
    aws: {
      "m5.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m5.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m5.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m5.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m5.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m5.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m5.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m5.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m5a.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m5a.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m5a.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m5a.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m5a.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m5a.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m5a.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m5a.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m6i.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m6i.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m6i.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m6i.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m6i.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m6i.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m6i.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m6i.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m6a.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m6a.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m6a.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m6a.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m6a.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m6a.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m6a.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m6a.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m7i.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m7i.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m7i.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m7i.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m7i.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m7i.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m7i.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m7i.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "r5.large": {
        vcpu: 2,
        memoryGiB: 16
      },
      "r5.xlarge": {
        vcpu: 4,
        memoryGiB: 32
      },
      "r5.2xlarge": {
        vcpu: 8,
        memoryGiB: 64
      },
      "r5.4xlarge": {
        vcpu: 16,
        memoryGiB: 128
      },
      "r5.8xlarge": {
        vcpu: 32,
        memoryGiB: 256
      },
      "r6i.large": {
        vcpu: 2,
        memoryGiB: 16
      },
      "r6i.xlarge": {
        vcpu: 4,
        memoryGiB: 32
      },
      "r6i.2xlarge": {
        vcpu: 8,
        memoryGiB: 64
      },
      "r6i.4xlarge": {
        vcpu: 16,
        memoryGiB: 128
      },
      "r6i.8xlarge": {
        vcpu: 32,
        memoryGiB: 256
      },
      "c5.large": {
        vcpu: 2,
        memoryGiB: 4
      },
      "c5.xlarge": {
        vcpu: 4,
        memoryGiB: 8
      },
      "c5.2xlarge": {
        vcpu: 8,
        memoryGiB: 16
      },
      "c5.4xlarge": {
        vcpu: 16,
        memoryGiB: 32
      },
      "c5.9xlarge": {
        vcpu: 36,
        memoryGiB: 72
      },
      "c6i.large": {
        vcpu: 2,
        memoryGiB: 4
      },
      "c6i.xlarge": {
        vcpu: 4,
        memoryGiB: 8
      },
      "c6i.2xlarge": {
        vcpu: 8,
        memoryGiB: 16
      },
      "c6i.4xlarge": {
        vcpu: 16,
        memoryGiB: 32
      },
      "c6i.8xlarge": {
        vcpu: 32,
        memoryGiB: 64
      },
      "t3.medium": {
        vcpu: 2,
        memoryGiB: 4
      },
      "t3.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "t3.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "t3.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "g4dn.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "g4dn.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "g4dn.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "p3.2xlarge": {
        vcpu: 8,
        memoryGiB: 61
      },
      "p3.8xlarge": {
        vcpu: 32,
        memoryGiB: 244
      }
    },
    azure: {
      Standard_D1_v2: {
        vcpu: 1,
        memoryGiB: 3.5
      },
      Standard_D2_v2: {
        vcpu: 2,
        memoryGiB: 7
      },
      Standard_D3_v2: {
        vcpu: 4,
        memoryGiB: 14
      },
      Standard_D4_v2: {
        vcpu: 8,
        memoryGiB: 28
      },
      Standard_D5_v2: {
        vcpu: 16,
        memoryGiB: 56
      },
      Standard_D2_v3: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4_v3: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8_v3: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16_v3: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32_v3: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48_v3: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64_v3: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2s_v3: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4s_v3: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8s_v3: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16s_v3: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32s_v3: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48s_v3: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64s_v3: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2_v4: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4_v4: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8_v4: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16_v4: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32_v4: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48_v4: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64_v4: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2s_v4: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4s_v4: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8s_v4: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16s_v4: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32s_v4: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48s_v4: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64s_v4: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2_v5: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4_v5: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8_v5: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16_v5: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32_v5: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48_v5: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64_v5: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2s_v5: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4s_v5: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8s_v5: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16s_v5: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32s_v5: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48s_v5: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64s_v5: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2as_v5: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4as_v5: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8as_v5: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16as_v5: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32as_v5: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48as_v5: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64as_v5: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_E2_v3: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4_v3: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8_v3: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16_v3: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32_v3: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2s_v3: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4s_v3: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8s_v3: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16s_v3: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32s_v3: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2_v4: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4_v4: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8_v4: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16_v4: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32_v4: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2s_v4: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4s_v4: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8s_v4: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16s_v4: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32s_v4: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2_v5: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4_v5: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8_v5: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16_v5: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32_v5: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2s_v5: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4s_v5: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8s_v5: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16s_v5: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32s_v5: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_NC6: {
        vcpu: 6,
        memoryGiB: 56
      },
      Standard_NC12: {
        vcpu: 12,
        memoryGiB: 112
      },
      Standard_NC24: {
        vcpu: 24,
        memoryGiB: 224
      }
    },
    do: {
      "s-1vcpu-1gb": {
        vcpu: 1,
        memoryGiB: 1
      },
      "s-1vcpu-2gb": {
        vcpu: 1,
        memoryGiB: 2
      },
      "s-2vcpu-2gb": {
        vcpu: 2,
        memoryGiB: 2
      },
      "s-2vcpu-4gb": {
        vcpu: 2,
        memoryGiB: 4
      },
      "s-4vcpu-8gb": {
        vcpu: 4,
        memoryGiB: 8
      },
      "s-6vcpu-16gb": {
        vcpu: 6,
        memoryGiB: 16
      },
      "s-8vcpu-16gb": {
        vcpu: 8,
        memoryGiB: 16
      },
      "s-8vcpu-32gb": {
        vcpu: 8,
        memoryGiB: 32
      },
      "s-12vcpu-48gb": {
        vcpu: 12,
        memoryGiB: 48
      },
      "s-16vcpu-64gb": {
        vcpu: 16,
        memoryGiB: 64
      },
      "s-20vcpu-96gb": {
        vcpu: 20,
        memoryGiB: 96
      },
      "s-24vcpu-128gb": {
        vcpu: 24,
        memoryGiB: 128
      },
      "s-32vcpu-192gb": {
        vcpu: 32,
        memoryGiB: 192
      },
      "g-2vcpu-8gb": {
        vcpu: 2,
        memoryGiB: 8
      },
      "g-4vcpu-16gb": {
        vcpu: 4,
        memoryGiB: 16
      },
      "g-8vcpu-32gb": {
        vcpu: 8,
        memoryGiB: 32
      },
      "g-16vcpu-64gb": {
        vcpu: 16,
        memoryGiB: 64
      },
      "g-32vcpu-128gb": {
        vcpu: 32,
        memoryGiB: 128
      },
      "g-40vcpu-160gb": {
        vcpu: 40,
        memoryGiB: 160
      },
      "gd-2vcpu-8gb": {
        vcpu: 2,
        memoryGiB: 8
      },
      "gd-4vcpu-16gb": {
        vcpu: 4,
        memoryGiB: 16
      },
      "gd-8vcpu-32gb": {
        vcpu: 8,
        memoryGiB: 32
      },
      "gd-16vcpu-64gb": {
        vcpu: 16,
        memoryGiB: 64
      },
      "gd-32vcpu-128gb": {
        vcpu: 32,
        memoryGiB: 128
      },
      "gd-40vcpu-160gb": {
        vcpu: 40,
        memoryGiB: 160
      },
      "c-2": {
        vcpu: 2,
        memoryGiB: 4
      },
      "c-4": {
        vcpu: 4,
        memoryGiB: 8
      },
      "c-8": {
        vcpu: 8,
        memoryGiB: 16
      },
      "c-16": {
        vcpu: 16,
        memoryGiB: 32
      },
      "c-32": {
        vcpu: 32,
        memoryGiB: 64
      },
      "m-2vcpu-16gb": {
        vcpu: 2,
        memoryGiB: 16
      },
      "m-4vcpu-32gb": {
        vcpu: 4,
        memoryGiB: 32
      },
      "m-8vcpu-64gb": {
        vcpu: 8,
        memoryGiB: 64
      },
      "m-16vcpu-128gb": {
        vcpu: 16,
        memoryGiB: 128
      },
      "m-24vcpu-192gb": {
        vcpu: 24,
        memoryGiB: 192
      },
      "m-32vcpu-256gb": {
        vcpu: 32,
        memoryGiB: 256
      },
      "m6-2vcpu-16gb": {
        vcpu: 2,
        memoryGiB: 16
      },
      "m6-4vcpu-32gb": {
        vcpu: 4,
        memoryGiB: 32
      },
      "m6-8vcpu-64gb": {
        vcpu: 8,
        memoryGiB: 64
      },
      "m6-16vcpu-128gb": {
        vcpu: 16,
        memoryGiB: 128
      },
      "m6-24vcpu-192gb": {
        vcpu: 24,
        memoryGiB: 192
      },
      "m6-32vcpu-256gb": {
        vcpu: 32,
        memoryGiB: 256
      }
    }
  }
};

// src/rules/shared/allocatable.ts
var GIB = 2 ** 30;
var EVICTION_THRESHOLD_BYTES = 100 * 2 ** 20;
function reserved(amount, tiers, aboveRate) {
  let remaining = amount;
  let total = 0;
  for (const [size, rate] of tiers) {
    const portion = Math.min(remaining, size);
    total += portion * rate;
    remaining -= portion;
  }
  return total + Math.max(remaining, 0) * aboveRate;
}
function reservedCpu(cores) {
  return reserved(cores, [[1, 0.06], [1, 0.01], [2, 5e-3]], 25e-4);
}
function reservedMemoryBytes(capacityBytes) {
  const gib = capacityBytes / GIB;
  const kubeReserved = gib < 1 ? 255 * 2 ** 20 : reserved(gib, [[4, 0.25], [4, 0.2], [8, 0.1], [112, 0.06]], 0.02) * GIB;
  return kubeReserved + EVICTION_THRESHOLD_BYTES;
}
function allocatableOf(provider, instance) {
  const table = instance_types_default.providers[provider];
  const type = table && Object.hasOwn(table, instance) ? table[instance] : void 0;
  if (!type) return void 0;
  const capacityMemoryBytes = type.memoryGiB * GIB;
  return {
    instance,
    capacityCpu: type.vcpu,
    capacityMemoryBytes,
    cpu: type.vcpu - reservedCpu(type.vcpu),
    memoryBytes: capacityMemoryBytes - reservedMemoryBytes(capacityMemoryBytes)
  };
}

// src/rules/shared/quantity.ts
init_bundle_url();
var KUBERNETES_SUFFIXES = {
  "": 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
var JUPYTERHUB_SUFFIXES = { "": 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };
var KUBERNETES_PATTERN = /^([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
var JUPYTERHUB_PATTERN = /^(\d+\.?\d*|\.\d+)([KMGT])?$/;
function parseQuantity(value, convention) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  const match = (convention === "kubernetes" ? KUBERNETES_PATTERN : JUPYTERHUB_PATTERN).exec(text);
  if (!match) return void 0;
  const table = convention === "kubernetes" ? KUBERNETES_SUFFIXES : JUPYTERHUB_SUFFIXES;
  const amount = Number(match[1]);
  const multiplier = table[match[2] ?? ""];
  return multiplier === void 0 || !Number.isFinite(amount) ? void 0 : amount * multiplier;
}
function formatBytes(bytes) {
  if (bytes >= 2 ** 30) return `${round(bytes / 2 ** 30)} GiB`;
  return `${round(bytes / 2 ** 20)} MiB`;
}
function round(value) {
  return String(Math.round(value * 100) / 100);
}

// src/rules/profile-fit.ts
var ID10 = "profile-fit";
var JUPYTERLAB_RESOURCES = [
  { kind: "cpu", guarantee: "cpu_guarantee", limit: "cpu_limit" },
  { kind: "memory", guarantee: "mem_guarantee", limit: "mem_limit" }
];
var DASK_RESOURCES = [
  { kind: "cpu", guarantee: "worker_cores", limit: "worker_cores_limit" },
  { kind: "memory", guarantee: "worker_memory", limit: "worker_memory_limit" }
];
function jupyterlabGroup(settings, groupNames) {
  const selector = asMapping(settings.node_selector);
  if (!selector) return "user";
  return Object.values(selector).find((value) => typeof value === "string" && groupNames.has(value));
}
function profilesOf(data, groupNames) {
  const profiles = [];
  (asList(asMapping(asMapping(data)?.profiles)?.jupyterlab) ?? []).forEach((item, index) => {
    const settings = asMapping(asMapping(item)?.kubespawner_override);
    const name = asString(asMapping(item)?.display_name) ?? `#${index + 1}`;
    if (settings) {
      profiles.push({ label: `JupyterLab profile "${name}"`, path: ["profiles", "jupyterlab", index, "kubespawner_override"], settings, resources: JUPYTERLAB_RESOURCES, group: jupyterlabGroup(settings, groupNames) });
    }
  });
  for (const [name, value] of entriesAt(data, ["profiles", "dask_worker"])) {
    const settings = asMapping(value);
    if (settings) profiles.push({ label: `Dask worker profile "${name}"`, path: ["profiles", "dask_worker", name], settings, resources: DASK_RESOURCES, group: "worker" });
  }
  return profiles;
}
function amountOf(kind, value) {
  return kind === "cpu" ? asNumber(value) : parseQuantity(value, "jupyterhub");
}
function describe(kind, amount) {
  return kind === "cpu" ? `${Math.round(amount * 1e3) / 1e3} CPU` : formatBytes(amount);
}
function checkProfile(config, profile, node, groupLabel) {
  const findings = [];
  for (const resource of profile.resources) {
    const guarantee = amountOf(resource.kind, profile.settings[resource.guarantee]);
    const limit = amountOf(resource.kind, profile.settings[resource.limit]);
    if (guarantee !== void 0 && limit !== void 0 && limit < guarantee) {
      findings.push(ruleFinding(config, ID10, "error", [...profile.path, resource.limit], `${profile.label}: \`${resource.limit}\` (${describe(resource.kind, limit)}) is below \`${resource.guarantee}\` (${describe(resource.kind, guarantee)}); Kubernetes rejects a pod whose limit is lower than its request, so the server or worker never starts.`));
    }
    if (!node) continue;
    const available = resource.kind === "cpu" ? node.cpu : node.memoryBytes;
    const capacity = resource.kind === "cpu" ? node.capacityCpu : node.capacityMemoryBytes;
    const fits = `${groupLabel} (${node.instance}, ${describe(resource.kind, capacity)}) has about ${describe(resource.kind, available)} allocatable after system reservations`;
    if (guarantee !== void 0 && guarantee > available) {
      findings.push(ruleFinding(config, ID10, "error", [...profile.path, resource.guarantee], `${profile.label}: \`${resource.guarantee}\` asks for ${describe(resource.kind, guarantee)}, but ${fits}; the pod can never be scheduled. Lower the guarantee or use a larger instance type.`));
    } else if (limit !== void 0 && limit > available) {
      findings.push(ruleFinding(config, ID10, "warning", [...profile.path, resource.limit], `${profile.label}: \`${resource.limit}\` allows ${describe(resource.kind, limit)}, but ${fits}; the limit can never be reached${resource.kind === "memory" ? " and the node may run out of memory before it is" : ""}. Lower the limit to what the node offers.`));
    }
  }
  return findings;
}
var profileFit = {
  id: ID10,
  severity: "error",
  description: "JupyterLab and Dask worker profiles must fit on the `user` and `worker` node groups' instance types, with limits not below guarantees.",
  doc: [
    "QHub schedules JupyterLab servers on the `user` node group (or the group a profile's `kubespawner_override.node_selector` names) and Dask workers on the `worker` node group. A profile whose `cpu_guarantee`/`mem_guarantee` (or `worker_cores`/`worker_memory`) exceeds what one node of that group can allocate stays Pending forever: the user sees a spawn timeout, and Dask clusters never get workers. A limit above the node's allocatable resources cannot be reached (warning), and a limit below its guarantee is rejected by Kubernetes (error).",
    "",
    "Memory values use JupyterHub's byte specification, where `K`, `M`, `G`, `T` are powers of 1024 (`5G` = 5 GiB). Instance sizes come from `src/rules/data/instance-types.json` (GCP, AWS, Azure, DigitalOcean, with sources). Allocatable resources are estimated with GKE's published formula for all clouds: CPU reserves 6% of the first core, 1% of the second, 0.5% of the next two and 0.25% of the rest; memory reserves 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112 and 2% above 128 GiB (255 MiB below 1 GiB), plus a 100 MiB eviction threshold. DaemonSets are not counted, so a fit is necessary but not sufficient. An instance type missing from the table gives a notice instead of a guess.",
    "",
    "What to do instead: lower the guarantees (leave headroom for DaemonSets), or pick a larger instance type for the node group."
  ].join("\n"),
  check({ config, version }) {
    const provider = providerOf(config.data, version.family);
    const groups = nodeGroupsOf(config, provider);
    const profiles = profilesOf(config.data, new Set(groups.map((group) => group.name)));
    if (profiles.length === 0) return [];
    const findings = [];
    const nodes = /* @__PURE__ */ new Map();
    for (const wanted of new Set(profiles.flatMap((profile) => profile.group === void 0 ? [] : [profile.group]))) {
      const group = groups.find((candidate) => candidate.name === wanted);
      const instance = asString(group?.group?.instance);
      if (!group || instance === void 0 || provider === void 0) continue;
      const node = allocatableOf(provider, instance);
      nodes.set(wanted, node);
      if (!node) {
        findings.push(ruleFinding(config, ID10, "notice", [...group.path, "instance"], `instance type \`${instance}\` of node group \`${wanted}\` is not in qhub-gitops' table of ${provider} instance types, so profiles on it were not checked against its size.`));
      }
    }
    for (const profile of profiles) {
      const node = profile.group === void 0 ? void 0 : nodes.get(profile.group);
      findings.push(...checkProfile(config, profile, node, `a \`${profile.group}\` node`));
    }
    return findings;
  }
};

// src/rules/project-name.ts
init_bundle_url();
var ID11 = "project-name";
var MAX_LENGTH = 16;
var MAX_BUCKET_LENGTH = 63;
var STATE_BUCKET_SUFFIX = "-terraform-state";
function schemaChecksConvention({ version }) {
  return version.family !== "qhub-0.3.11" && version.family !== "qhub-0.3.12" && !(version.family === "qhub-0.4" && !isAtLeast(version.value, "0.4.1"));
}
var BUCKET_PROVIDERS = /* @__PURE__ */ new Set(["aws", "gcp", "do"]);
var NO_UNDERSCORE_PROVIDERS = /* @__PURE__ */ new Set(["aws", "do"]);
var projectName = {
  id: ID11,
  severity: "error",
  description: "`project_name` must meet the constraints a deploy breaks on, where the version's schema does not check them.",
  doc: [
    "QHub builds cloud resource names from `project_name` (and `namespace`): the cluster `{project_name}-{namespace}`, the Terraform state bucket `{project_name}-{namespace}-terraform-state`, IAM roles, Azure resource groups and storage accounts. QHub 0.4.1+ and Nebari document and enforce: at most 16 characters, no `-` on Azure, no leading `aws` on AWS. QHub 0.3.x and 0.4.0 accept such names and fail in the middle of the first deploy; this rule applies those constraints there.",
    "",
    "On every version, with remote Terraform state on AWS, GCP or DigitalOcean, the state bucket name must be lowercase (S3/GCS/Spaces reject capitals), must not contain `_` on S3 and Spaces, and must be at most 63 characters; no QHub schema checks this.",
    "",
    "What to do instead: choose a short, lowercase name of letters (and digits where the version allows them), without `-` on Azure and not starting with `aws` on AWS. `project_name` cannot be changed later (see `immutable-field`), so get it right before the first deploy."
  ].join("\n"),
  check(context) {
    const { config } = context;
    const name = asString(asMapping(config.data)?.project_name);
    if (name === void 0) return [];
    const provider = providerOf(config.data, context.version.family);
    const findings = [];
    const report2 = (message) => findings.push(ruleFinding(config, ID11, "error", ["project_name"], message));
    if (!schemaChecksConvention(context)) {
      if (name.length > MAX_LENGTH) report2(`\`project_name\` has ${name.length} characters; QHub's naming convention (enforced from 0.4.1) allows at most ${MAX_LENGTH}, because cloud resource names built from it have length limits. Use a shorter name.`);
      if (provider === "azure" && name.includes("-")) report2("`project_name` contains `-`, which Azure resource names derived from it (storage accounts) do not allow. Remove the dashes.");
      if (provider === "aws" && name.startsWith("aws")) report2("`project_name` starts with `aws`, a prefix AWS reserves for its own resource names. Choose another name.");
    }
    const stateType = asString(asMapping(asMapping(config.data)?.terraform_state)?.type) ?? "remote";
    if (provider !== void 0 && BUCKET_PROVIDERS.has(provider) && stateType === "remote") {
      const bucket = `${name}-${namespaceOf(config.data)}${STATE_BUCKET_SUFFIX}`;
      if (bucket !== bucket.toLowerCase()) report2(`the Terraform state bucket \`${bucket}\` would contain capital letters, which bucket names do not allow; use a lowercase \`project_name\` and \`namespace\`.`);
      if (NO_UNDERSCORE_PROVIDERS.has(provider) && bucket.includes("_")) report2(`the Terraform state bucket \`${bucket}\` would contain \`_\`, which ${provider === "aws" ? "S3" : "Spaces"} bucket names do not allow; use \`-\` or nothing instead.`);
      if (bucket.length > MAX_BUCKET_LENGTH) report2(`the Terraform state bucket \`${bucket}\` would be ${bucket.length} characters, over the ${MAX_BUCKET_LENGTH} that bucket names allow; shorten \`project_name\` or \`namespace\`.`);
    }
    return findings;
  }
};

// src/rules/provider-block.ts
init_bundle_url();
var ID12 = "provider-block";
var providerBlock = {
  id: ID12,
  severity: "error",
  description: "The settings block for `provider` must be present, and blocks for other providers must not be.",
  doc: [
    "Each `provider` value reads one top-level block: `gcp` \u2192 `google_cloud_platform`, `aws` \u2192 `amazon_web_services`, `azure` \u2192 `azure`, `do` \u2192 `digital_ocean`, `local` \u2192 `local`, `existing` \u2192 `existing`.",
    "",
    "QHub's schema makes every block optional, so a config with `provider: gcp` and no `google_cloud_platform` block (or with the block of the provider it used to run on) passes validation and fails during render or deploy, or silently deploys without the settings the author thinks apply. Nebari 2023.10+ fills in `local`/`existing` defaults itself, so a missing block is only an error there for cloud providers.",
    "",
    "What to do instead: keep exactly one provider block, the one `provider` names; delete leftovers from other providers."
  ].join("\n"),
  check({ config, version }) {
    const data = asMapping(config.data);
    if (!data) return [];
    const provider = providerOf(data, version.family);
    const presentBlocks = Object.entries(PROVIDER_BLOCKS).filter(([, block]) => data[block] !== void 0);
    const findings = [];
    if (provider === void 0) {
      if (hasDefaultedSections(version.family) && presentBlocks.length > 1) {
        for (const [, block] of presentBlocks) {
          findings.push(ruleFinding(config, ID12, "error", [block], `\`provider\` is not set and several provider blocks are present (${presentBlocks.map(([, b]) => `\`${b}\``).join(", ")}); Nebari cannot tell which one to deploy. Set \`provider\` and keep only its block.`));
        }
      }
      return findings;
    }
    const expected = PROVIDER_BLOCKS[provider];
    if (expected === void 0) return findings;
    const blockRequired = CLOUD_PROVIDERS.has(provider) || !hasDefaultedSections(version.family);
    if (blockRequired && data[expected] === void 0) {
      findings.push(
        ruleFinding(config, ID12, "error", ["provider"], `\`provider: ${provider}\` reads its settings from a top-level \`${expected}\` block, which is missing; QHub would fail at render or deploy time. Add the \`${expected}\` block (region, kubernetes_version, node_groups, \u2026).`)
      );
    }
    for (const [other, block] of presentBlocks) {
      if (other === provider) continue;
      findings.push(
        ruleFinding(config, ID12, "error", [block], `\`${block}\` configures provider \`${other}\`, but this deployment uses \`provider: ${provider}\`; the block is ignored and misleads readers (often a leftover from another deployment). Remove it.`)
      );
    }
    return findings;
  }
};

// src/rules/storage-resize.ts
init_bundle_url();
var ID13 = "storage-resize";
var VOLUMES = ["conda_store", "shared_filesystem"];
var NEBARI_DEFAULT_SIZE = "200Gi";
function sizeOf(data, volume, context) {
  const declared = valueAt2(data, ["storage", volume]);
  const size = declared === void 0 && context.version.family === "nebari-2023.10" ? NEBARI_DEFAULT_SIZE : declared;
  return parseQuantity(size, "kubernetes");
}
var storageResize = {
  id: ID13,
  severity: "error",
  description: "Changing `storage.conda_store` or `storage.shared_filesystem` on an existing deployment recreates the volume (error when it shrinks, warning when it grows).",
  doc: [
    "Compares the storage sizes (Kubernetes quantities: `Gi`, `G`, `Mi`, `Ti`, plain bytes, \u2026) with the base branch.",
    "",
    "QHub's configuration docs warn that when the storage size changes, most providers delete the previous volume and create a new one, and that resizing on AWS is especially tricky. The shared filesystem holds every user's home directory and the conda-store volume holds the built environments. A shrink can never be done in place (error); a growth may be, depending on the provider and storage class, so it is a warning.",
    "",
    "What to do instead: back up the volume first (QHub's backup guide) and plan a maintenance window; size volumes generously from the start, or create the larger deployment on a new deployment branch and migrate the data."
  ].join("\n"),
  check(context) {
    const { config, base } = context;
    if (!base) return [];
    const findings = [];
    for (const volume of VOLUMES) {
      const before = sizeOf(base.data, volume, context);
      const after = sizeOf(config.data, volume, context);
      if (before === void 0 || after === void 0 || before === after) continue;
      const shrinks = after < before;
      findings.push(
        ruleFinding(
          config,
          ID13,
          shrinks ? "error" : "warning",
          ["storage", volume],
          `\`storage.${volume}\` ${shrinks ? "shrinks" : "grows"} from ${formatBytes(before)} to ${formatBytes(after)} compared with the base branch. On most providers QHub deletes the old volume and creates a new one when the size changes${shrinks ? ", and a volume can never shrink in place" : ""}: back it up first, or size it on a new deployment branch and migrate.`
        )
      );
    }
    return findings;
  }
};

// src/rules/unpinned-package.ts
init_bundle_url();
var ID14 = "unpinned-package";
var NAMES_SHOWN = 8;
var unpinnedPackage = {
  id: ID14,
  severity: "warning",
  description: "Conda and pip dependencies of environments should be pinned to exact versions.",
  doc: [
    "QHub builds every environment with conda-store when it deploys. An unpinned environment is solved from scratch each time: solving can hang for hours or fail, and when it succeeds users silently get different package versions than the ones the pull request was reviewed with.",
    "",
    "Pinned means an exact version: `name==1.2.3` (conda or pip), conda `name=1.2.3` with a full version or `name=1.2.3=build`, or a pip direct reference (`name @ url`). `name=1.2` is a fuzzy `1.2.*` to conda and is not pinned. One warning per environment points at its first unpinned dependency.",
    "",
    "What to do instead: pre-solve the environment and commit the fully pinned result. In the template repository, keep each environment in its own file under `environments/`: the lock-environments workflow (`.github/workflows/lock-environments.yml`) solves every changed environment file of a pull request with micromamba and commits the exact versions to the pull request's branch."
  ].join("\n"),
  check({ config }) {
    const findings = [];
    for (const environment of environmentsOf(config.data)) {
      const dependencies = dependenciesOf(environment);
      const unpinned = dependencies.filter((dependency) => dependency.exactVersion === void 0);
      if (unpinned.length === 0) continue;
      const names = unpinned.slice(0, NAMES_SHOWN).map((dependency) => dependency.name).join(", ");
      const more = unpinned.length > NAMES_SHOWN ? `, and ${unpinned.length - NAMES_SHOWN} more` : "";
      findings.push(
        ruleFinding(config, ID14, "warning", unpinned[0].path, `environment \`${environment.key}\`: ${unpinned.length} of ${dependencies.length} dependencies are not pinned to an exact version (${names}${more}). Solving unpinned environments can hang for hours and changes what users get on every deploy; pre-solve and pin them (the template repository's lock-environments workflow pins files under \`environments/\` in the pull request).`)
      );
    }
    return findings;
  }
};

// src/rules/version-pin.ts
init_bundle_url();
var ID15 = "version-pin";
var OFFICIAL_IMAGE = /(?:^|\/)(?:quansight|nebari)\/(?:qhub|nebari)-[a-z-]+:(.+)$/;
function imagePaths(data) {
  const paths = entriesAt(data, ["default_images"]).map(([key]) => ["default_images", key]);
  const profiles = asMapping(asMapping(data)?.profiles);
  (asList(profiles?.jupyterlab) ?? []).forEach((_, index) => paths.push(["profiles", "jupyterlab", index, "kubespawner_override", "image"]));
  for (const [name] of entriesAt(data, ["profiles", "dask_worker"])) paths.push(["profiles", "dask_worker", name, "image"]);
  return paths;
}
var versionPin = {
  id: ID15,
  severity: "warning",
  description: "Official image tags (`quansight/qhub-jupyterlab:v0.3.11`) should match the QHub/Nebari version that deploys.",
  doc: [
    "The workflow installs the QHub/Nebari version named by the `qhub-version` input (or `--qhub-version`, or the `.qhub-version` pin file). A config whose `qhub_version`/`nebari_version` names another release is reported by the schema check as `schema/version-mismatch`, since QHub 0.4+ and Nebari refuse it. Pinned images of QHub's own (`quansight/qhub-jupyterlab:v0.3.11`, `quay.io/nebari/nebari-jupyterlab:2023.7.2`) that name another release run JupyterHub, JupyterLab or Dask components built for that other release beside the deployed ones (warning): upgrades that forget them leave users on old images.",
    "",
    "What to do instead: upgrade with `qhub upgrade`/`nebari upgrade`, which rewrites the version and the image tags together, and bump the `qhub-version` input in the same pull request."
  ].join("\n"),
  check({ config, version }) {
    const findings = [];
    const data = asMapping(config.data);
    if (!data) return findings;
    const release = releaseOf(version.value);
    if (release === void 0) return findings;
    for (const path of imagePaths(data)) {
      const image = asString(valueAt2(data, path));
      const tag = image === void 0 ? void 0 : OFFICIAL_IMAGE.exec(image)?.[1];
      const tagRelease = tag === void 0 ? void 0 : releaseOf(tag);
      if (tagRelease === void 0 || tagRelease === release) continue;
      findings.push(ruleFinding(config, ID15, "warning", path, `image \`${image}\` is tagged for release ${tagRelease}, but this config deploys ${version.value}; the ${tagRelease} image runs beside ${release} components. Use the \`${tag.startsWith("v") ? "v" : ""}${release}\` tag (\`qhub upgrade\`/\`nebari upgrade\` rewrites them).`));
    }
    return findings;
  }
};

// src/config/order.ts
init_bundle_url();
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.rule, b.rule) || compareText(a.path, b.path) || compareText(a.message, b.message);
}

// src/rules/index.ts
var rules = [
  immutableField,
  storageResize,
  providerBlock,
  nodeGroupBounds,
  profileFit,
  defaultProfile,
  projectName,
  letsEncryptEmail,
  duplicateUid,
  plaintextSecret,
  unpinnedPackage,
  daskPin,
  environmentRemoved,
  deploymentCollision,
  versionPin
];
function runRules(context) {
  return rules.flatMap((rule) => rule.check(context)).sort(compareFindings);
}

// src/validation/validate.ts
function report(file, version, findings) {
  const sorted = [...findings].sort(compareFindings);
  return { file, version, valid: !sorted.some((finding) => finding.severity === "error"), findings: sorted };
}
function loadCompanion(source, role, notices) {
  const loaded = loadYaml(source.bytes, source.file);
  if (loaded.document) return loaded.document;
  notices.push({
    rule: "load/companion",
    severity: "notice",
    message: `${role} ${source.file} could not be read, so the checks that compare with it were skipped: ${loaded.findings[0]?.message ?? "unknown problem"}`,
    path: "",
    line: null,
    column: null
  });
  return void 0;
}
function withBaseEnvironments(base, files, notices) {
  if (!base || files.length === 0) return base;
  const documents = files.map((source) => loadCompanion(source, "base-branch environment file", notices)).filter((document) => document !== void 0);
  return mergeEnvironments(base, documents).config;
}
function versionMismatch(document, version, configValue) {
  if (configValue === null || version.source !== "option" || configValue === version.value) return [];
  const key = "qhub_version" in document.data ? "qhub_version" : "nebari_version";
  const position = locate(document, [key]);
  return [
    {
      rule: "schema/version-mismatch",
      severity: "error",
      message: `\`${key}\` is ${configValue}, but the version that will deploy is ${productLabel(version)}; QHub/Nebari refuse a config whose version differs from the installed one. Run \`${version.family.startsWith("nebari") ? "nebari" : "qhub"} upgrade\` of ${version.value} on this config, or ask for ${configValue}`,
      path: key,
      line: position?.line ?? null,
      column: position?.column ?? null
    }
  ];
}
function validateConfig(input) {
  const file = input.config.file;
  const loaded = loadYaml(input.config.bytes, file);
  if (!loaded.document) return report(file, null, loaded.findings);
  const notices = [];
  const environmentDocuments = [];
  const loadFindings = [];
  for (const source of input.environmentFiles ?? []) {
    const environment = loadYaml(source.bytes, source.file);
    if (environment.document) environmentDocuments.push(environment.document);
    else loadFindings.push(...environment.findings.map((finding) => ({ ...finding, file: source.file })));
  }
  const merged = mergeEnvironments(loaded.document, environmentDocuments);
  const config = merged.config;
  const decision = decideVersion(config.data, input);
  if (!decision.ok) {
    const position = decision.path ? locate(config, [decision.path]) : null;
    return report(file, null, [
      ...loadFindings,
      ...merged.findings,
      { rule: decision.rule, severity: "error", message: decision.message, path: decision.path, line: position?.line ?? null, column: position?.column ?? null }
    ]);
  }
  const { version } = decision;
  const baseConfig = input.base && loadCompanion(input.base, "base-branch config", notices);
  const base = withBaseEnvironments(baseConfig, input.baseEnvironmentFiles ?? [], notices);
  const otherDeployments = (input.otherDeployments ?? []).map((source) => loadCompanion(source, "other deployment", notices)).filter((document) => document !== void 0);
  const cloudNotices = version.family === "nebari-2023.10" ? skippedCloudChecks(config.data).map((check) => {
    const position = locate(config, check.path.split("."));
    return {
      rule: "schema/cloud-check-skipped",
      severity: "notice",
      message: `not checked offline: ${check.description} (Nebari checks this against the cloud API at deploy time)`,
      path: check.path,
      line: position?.line ?? null,
      column: position?.column ?? null
    };
  }) : [];
  const findings = [
    ...loadFindings,
    ...merged.findings,
    ...checkSchema(config, version),
    ...versionMismatch(config, version, decision.configValue),
    ...cloudNotices,
    ...notices,
    ...runRules({
      config,
      version,
      ...base ? { base } : {},
      otherDeployments,
      environmentFiles: merged.environmentFiles,
      ...input.requestedVersion ? { requestedVersion: input.requestedVersion } : {}
    })
  ];
  return report(file, version, findings);
}

// src/report/findings.ts
init_bundle_url();
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function describeVersion(version) {
  if (!version) return "version unknown";
  const product = version.family.startsWith("nebari") ? "Nebari" : "QHub";
  const source = { config: "from the config", option: "as requested", "pin-file": "from .qhub-version" }[version.source];
  return `${product} ${version.value} (${source})`;
}
function summaryLine(report2) {
  const counts = countBySeverity(report2.findings);
  const verdict = report2.valid ? "valid" : "invalid";
  return `${report2.file}: ${verdict} for ${describeVersion(report2.version)}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")}`;
}
function location(finding, configFile) {
  const file = finding.file ?? configFile;
  if (finding.line === null) return file;
  return `${file}:${finding.line}:${finding.column ?? 1}`;
}
function renderFindingsText(report2) {
  const lines = report2.findings.map(
    (finding) => `${location(finding, report2.file)}: ${finding.severity} [${finding.rule}] ${finding.message}`
  );
  return [...lines, summaryLine(report2)].join("\n");
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderFindingsWorkflowCommands(report2, fileForAnnotations = report2.file) {
  return report2.findings.map((finding) => {
    const properties = [`file=${escapeProperty(finding.file ?? fileForAnnotations)}`];
    if (finding.line !== null) properties.push(`line=${finding.line}`, `col=${finding.column ?? 1}`);
    properties.push(`title=${escapeProperty(finding.rule)}`);
    return `::${finding.severity} ${properties.join(",")}::${escapeData(finding.message)}`;
  }).join("\n");
}

// src/cli/validate.ts
var import_types6 = require("./cli-types.js");
var usage = `usage: qhub-gitops validate [CONFIG] [--qhub-version V] [--base BASE_CONFIG]
                            [--base-environments DIR] [--other-deployment CONFIG]...
                            [--environments DIR] [--format text|json|github]

Validates CONFIG (default: qhub-config.yaml, else nebari-config.yaml) offline
against the schema of the QHub/Nebari version it targets, then runs the guard rules.

  --qhub-version V        the version that will deploy (QHub 0.3.x configs carry
                          none: else it is read from .qhub-version next to CONFIG)
  --base FILE             the same config on the branch the PR targets
  --base-environments DIR the environment files of that branch (with --base), so
                          that removing one of them is noticed
  --other-deployment FILE the config of another deployment (repeatable)
  --environments DIR      environment files to merge (default: environments/ next
                          to CONFIG, when it exists)
  --format FORMAT         text (default), json, or github (workflow annotations)

Exit codes: 0 no errors (warnings allowed), 1 error findings, 2 usage or internal error.`;
var FORMATS = ["text", "json", "github"];
function reportToJson(report2) {
  return {
    file: report2.file,
    version: report2.version,
    valid: report2.valid,
    findings: report2.findings
  };
}
function missingConfigReport(file, reason) {
  return {
    file,
    version: null,
    valid: false,
    findings: [
      {
        rule: "load/missing",
        severity: "error",
        message: `${reason}; pass the config's path, or run from the folder that holds qhub-config.yaml / nebari-config.yaml`,
        path: "",
        line: null,
        column: null
      }
    ]
  };
}
async function readCompanion(path, cwd, what) {
  const read = await readSource(path, cwd);
  if ("missing" in read) throw new import_types6.UserFacingError(`${what} ${path}: ${read.missing}`);
  return read.source;
}
async function readEnvironmentDirectory(configPath, cwd, directory) {
  try {
    return await readEnvironmentFiles(configPath, cwd, directory);
  } catch (error) {
    throw new import_types6.UserFacingError(error.message);
  }
}
async function validateLocal(options, io) {
  const file = resolveConfigPath(options.config, io.cwd);
  const read = await readSource(file, io.cwd);
  if ("missing" in read) return { report: missingConfigReport(file, read.missing), configPath: null, config: null, environmentFiles: [], base: null };
  const base = options.base ? await readCompanion(options.base, io.cwd, "--base") : void 0;
  const baseEnvironmentFiles = options.base && options.baseEnvironments ? await readEnvironmentDirectory(options.base, io.cwd, options.baseEnvironments) : [];
  const otherDeployments = await Promise.all(
    (options.otherDeployments ?? []).map((path) => readCompanion(path, io.cwd, "--other-deployment"))
  );
  const environmentFiles = await readEnvironmentDirectory(file, io.cwd, options.environments);
  const pinnedVersion = await readPinnedVersion(file, io.cwd);
  const report2 = validateConfig({
    config: read.source,
    ...options.qhubVersion ? { requestedVersion: options.qhubVersion } : {},
    ...pinnedVersion ? { pinnedVersion } : {},
    ...base ? { base, baseEnvironmentFiles } : {},
    otherDeployments,
    environmentFiles
  });
  return {
    report: report2,
    configPath: (0, import_node_path2.resolve)(io.cwd, file),
    config: read.source,
    environmentFiles,
    base: base ? { config: base, environmentFiles: baseEnvironmentFiles } : null
  };
}
var validateCommand = {
  name: "validate",
  summary: "validate a qhub-config.yaml / nebari-config.yaml offline (schema + guard rules)",
  usage,
  async run(argv, io) {
    const parsed = (0, import_types6.parseCommandLine)({
      args: argv,
      allowPositionals: true,
      options: {
        "qhub-version": { type: "string" },
        base: { type: "string" },
        "base-environments": { type: "string" },
        "other-deployment": { type: "string", multiple: true },
        environments: { type: "string" },
        format: { type: "string", default: "text" }
      }
    });
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new import_types6.UsageError(`one config at a time, got ${positionals.length}: ${positionals.join(" ")}`);
    if (values["base-environments"] && !values.base) throw new import_types6.UsageError("--base-environments needs --base: the base config those environment files belong to");
    const format = values.format;
    if (!FORMATS.includes(format)) throw new import_types6.UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${values.format}'`);
    const { report: report2 } = await validateLocal(
      {
        ...positionals[0] ? { config: positionals[0] } : {},
        ...values["qhub-version"] ? { qhubVersion: values["qhub-version"] } : {},
        ...values.base ? { base: values.base } : {},
        ...values["base-environments"] ? { baseEnvironments: values["base-environments"] } : {},
        otherDeployments: values["other-deployment"] ?? [],
        ...values.environments ? { environments: values.environments } : {}
      },
      io
    );
    if (format === "json") io.stdout(`${JSON.stringify(reportToJson(report2), null, 2)}
`);
    else if (format === "github") {
      const commands = renderFindingsWorkflowCommands(report2);
      io.stdout(`${commands ? `${commands}
` : ""}${summaryLine(report2)}
`);
    } else io.stdout(`${renderFindingsText(report2)}
`);
    return report2.valid ? 0 : 1;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  reportToJson,
  validateCommand,
  validateLocal
});
