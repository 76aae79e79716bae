import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PASS_LABELS,
  SCORE_LABELS,
  SCORE_RULES,
  __commonJS,
  __toESM,
  chiSquareQuantile,
  chiSquareSf,
  ci,
  costOf,
  count,
  detectableDrop,
  escapeHtml,
  holmAdjust,
  icons,
  inUnit,
  isBootstrapRule,
  isInvalid,
  labelIndex,
  logFactorial,
  markdownView,
  mcnemarExact,
  minDetectableDrop,
  normalSf,
  number,
  pText,
  pValue,
  pairedAccuracyDelta,
  pct,
  percent,
  points,
  pts,
  quantileSorted,
  reasonContext,
  reasonOf,
  referencesText,
  require_jstat,
  require_lib,
  resolveLabelSet,
  safeLink,
  scoresFromCounts,
  sliceChanges,
  sortNumbers,
  sortedCopy,
  summarizeLengths,
  truncate,
  wilsonInterval
} from "./cli-chunk.js";

// node_modules/@stdlib/utils-define-property/lib/define_property.js
var require_define_property = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/define_property.js"(exports, module) {
    "use strict";
    var main = typeof Object.defineProperty === "function" ? Object.defineProperty : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js
var require_has_define_property_support = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js"(exports, module) {
    "use strict";
    var defineProperty = require_define_property();
    function hasDefinePropertySupport() {
      try {
        defineProperty({}, "x", {});
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = hasDefinePropertySupport;
  }
});

// node_modules/@stdlib/utils-define-property/lib/builtin.js
var require_builtin = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/builtin.js"(exports, module) {
    "use strict";
    var defineProperty = Object.defineProperty;
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js
var require_is_number = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js"(exports, module) {
    "use strict";
    function isNumber(value) {
      return typeof value === "number";
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js
var require_zero_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js"(exports, module) {
    "use strict";
    function startsWithMinus(str) {
      return str[0] === "-";
    }
    function zeros(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += "0";
      }
      return out;
    }
    function zeroPad(str, width, right) {
      var negative = false;
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      if (startsWithMinus(str)) {
        negative = true;
        str = str.substr(1);
      }
      str = right ? str + zeros(pad) : zeros(pad) + str;
      if (negative) {
        str = "-" + str;
      }
      return str;
    }
    module.exports = zeroPad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js
var require_format_integer = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var zeroPad = require_zero_pad();
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    function formatInteger(token) {
      var base;
      var out;
      var i;
      switch (token.specifier) {
        case "b":
          base = 2;
          break;
        case "o":
          base = 8;
          break;
        case "x":
        case "X":
          base = 16;
          break;
        case "d":
        case "i":
        case "u":
        default:
          base = 10;
          break;
      }
      out = token.arg;
      i = parseInt(out, 10);
      if (!isFinite(i)) {
        if (!isNumber(out)) {
          throw new Error("invalid integer. Value: " + out);
        }
        i = 0;
      }
      if (i < 0 && (token.specifier === "u" || base !== 10)) {
        i = 4294967295 + i + 1;
      }
      if (i < 0) {
        out = (-i).toString(base);
        if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        out = "-" + out;
      } else {
        out = i.toString(base);
        if (!i && !token.precision) {
          out = "";
        } else if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        if (token.sign) {
          out = token.sign + out;
        }
      }
      if (base === 16) {
        if (token.alternate) {
          out = "0x" + out;
        }
        out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      }
      if (base === 8) {
        if (token.alternate && out.charAt(0) !== "0") {
          out = "0" + out;
        }
      }
      return out;
    }
    module.exports = formatInteger;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js
var require_is_string = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js
var require_format_double = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js"(exports, module) {
    "use strict";
    var abs = Math.abs;
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    var replace = String.prototype.replace;
    var RE_EXP_POS_DIGITS = /e\+(\d)$/;
    var RE_EXP_NEG_DIGITS = /e-(\d)$/;
    var RE_ONLY_DIGITS = /^(\d+)$/;
    var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
    var RE_TRAILING_PERIOD_ZERO = /\.0$/;
    var RE_PERIOD_ZERO_EXP = /\.0*e/;
    var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;
    function formatDouble(f, token) {
      var digits;
      var out;
      switch (token.specifier) {
        case "e":
        case "E":
          out = f.toExponential(token.precision);
          break;
        case "f":
        case "F":
          out = f.toFixed(token.precision);
          break;
        case "g":
        case "G":
          if (abs(f) < 1e-4) {
            digits = token.precision;
            if (digits > 0) {
              digits -= 1;
            }
            out = f.toExponential(digits);
          } else {
            out = f.toPrecision(token.precision);
          }
          if (!token.alternate) {
            out = replace.call(out, RE_ZERO_BEFORE_EXP, "$1e");
            out = replace.call(out, RE_PERIOD_ZERO_EXP, "e");
            out = replace.call(out, RE_TRAILING_PERIOD_ZERO, "");
          }
          break;
        default:
          throw new Error("invalid double notation. Value: " + token.specifier);
      }
      out = replace.call(out, RE_EXP_POS_DIGITS, "e+0$1");
      out = replace.call(out, RE_EXP_NEG_DIGITS, "e-0$1");
      if (token.alternate) {
        out = replace.call(out, RE_ONLY_DIGITS, "$1.");
        out = replace.call(out, RE_DIGITS_BEFORE_EXP, "$1.e");
      }
      if (f >= 0 && token.sign) {
        out = token.sign + out;
      }
      out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      return out;
    }
    module.exports = formatDouble;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js
var require_space_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js"(exports, module) {
    "use strict";
    function spaces(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += " ";
      }
      return out;
    }
    function spacePad(str, width, right) {
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      str = right ? str + spaces(pad) : spaces(pad) + str;
      return str;
    }
    module.exports = spacePad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/main.js"(exports, module) {
    "use strict";
    var formatInteger = require_format_integer();
    var isString = require_is_string();
    var isNumber = require_is_number();
    var formatDouble = require_format_double();
    var spacePad = require_space_pad();
    var zeroPad = require_zero_pad();
    var fromCharCode = String.fromCharCode;
    var isArray = Array.isArray;
    function isnan(value) {
      return value !== value;
    }
    function initialize(token) {
      var out = {};
      out.specifier = token.specifier;
      out.precision = token.precision === void 0 ? 1 : token.precision;
      out.width = token.width;
      out.flags = token.flags || "";
      out.mapping = token.mapping;
      return out;
    }
    function formatInterpolate(tokens) {
      var hasPeriod;
      var flags;
      var token;
      var flag;
      var num;
      var out;
      var pos;
      var f;
      var i;
      var j;
      if (!isArray(tokens)) {
        throw new TypeError("invalid argument. First argument must be an array. Value: `" + tokens + "`.");
      }
      out = "";
      pos = 1;
      for (i = 0; i < tokens.length; i++) {
        token = tokens[i];
        if (isString(token)) {
          out += token;
        } else {
          hasPeriod = token.precision !== void 0;
          token = initialize(token);
          if (!token.specifier) {
            throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `" + i + "`. Value: `" + token + "`.");
          }
          if (token.mapping) {
            pos = token.mapping;
          }
          flags = token.flags;
          for (j = 0; j < flags.length; j++) {
            flag = flags.charAt(j);
            switch (flag) {
              case " ":
                token.sign = " ";
                break;
              case "+":
                token.sign = "+";
                break;
              case "-":
                token.padRight = true;
                token.padZeros = false;
                break;
              case "0":
                token.padZeros = flags.indexOf("-") < 0;
                break;
              case "#":
                token.alternate = true;
                break;
              default:
                throw new Error("invalid flag: " + flag);
            }
          }
          if (token.width === "*") {
            token.width = parseInt(arguments[pos], 10);
            pos += 1;
            if (isnan(token.width)) {
              throw new TypeError("the argument for * width at position " + pos + " is not a number. Value: `" + token.width + "`.");
            }
            if (token.width < 0) {
              token.padRight = true;
              token.width = -token.width;
            }
          }
          if (hasPeriod) {
            if (token.precision === "*") {
              token.precision = parseInt(arguments[pos], 10);
              pos += 1;
              if (isnan(token.precision)) {
                throw new TypeError("the argument for * precision at position " + pos + " is not a number. Value: `" + token.precision + "`.");
              }
              if (token.precision < 0) {
                token.precision = 1;
                hasPeriod = false;
              }
            }
          }
          token.arg = arguments[pos];
          switch (token.specifier) {
            case "b":
            case "o":
            case "x":
            case "X":
            case "d":
            case "i":
            case "u":
              if (hasPeriod) {
                token.padZeros = false;
              }
              token.arg = formatInteger(token);
              break;
            case "s":
              token.maxWidth = hasPeriod ? token.precision : -1;
              token.arg = String(token.arg);
              break;
            case "c":
              if (!isnan(token.arg)) {
                num = parseInt(token.arg, 10);
                if (num < 0 || num > 127) {
                  throw new Error("invalid character code. Value: " + token.arg);
                }
                token.arg = isnan(num) ? String(token.arg) : fromCharCode(num);
              }
              break;
            case "e":
            case "E":
            case "f":
            case "F":
            case "g":
            case "G":
              if (!hasPeriod) {
                token.precision = 6;
              }
              f = parseFloat(token.arg);
              if (!isFinite(f)) {
                if (!isNumber(token.arg)) {
                  throw new Error("invalid floating-point number. Value: " + out);
                }
                f = token.arg;
                token.padZeros = false;
              }
              token.arg = formatDouble(f, token);
              break;
            default:
              throw new Error("invalid specifier: " + token.specifier);
          }
          if (token.maxWidth >= 0 && token.arg.length > token.maxWidth) {
            token.arg = token.arg.substring(0, token.maxWidth);
          }
          if (token.padZeros) {
            token.arg = zeroPad(token.arg, token.width || token.precision, token.padRight);
          } else if (token.width) {
            token.arg = spacePad(token.arg, token.width, token.padRight);
          }
          out += token.arg || "";
          pos += 1;
        }
      }
      return out;
    }
    module.exports = formatInterpolate;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/main.js"(exports, module) {
    "use strict";
    var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;
    function parse(match) {
      var token = {
        "mapping": match[1] ? parseInt(match[1], 10) : void 0,
        "flags": match[2],
        "width": match[3],
        "precision": match[5],
        "specifier": match[6]
      };
      if (match[4] === "." && match[5] === void 0) {
        token.precision = "1";
      }
      return token;
    }
    function formatTokenize(str) {
      var content;
      var tokens;
      var match;
      var prev;
      tokens = [];
      prev = 0;
      match = RE.exec(str);
      while (match) {
        content = str.slice(prev, RE.lastIndex - match[0].length);
        if (content.length) {
          tokens.push(content);
        }
        if (match[6] === "%") {
          tokens.push("%");
        } else {
          tokens.push(parse(match));
        }
        prev = RE.lastIndex;
        match = RE.exec(str);
      }
      content = str.slice(prev);
      if (content.length) {
        tokens.push(content);
      }
      return tokens;
    }
    module.exports = formatTokenize;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main2();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-format/lib/is_string.js
var require_is_string2 = __commonJS({
  "node_modules/@stdlib/string-format/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-format/lib/main.js
var require_main3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/main.js"(exports, module) {
    "use strict";
    var interpolate = require_lib2();
    var tokenize = require_lib3();
    var isString = require_is_string2();
    function format(str) {
      var args;
      var i;
      if (!isString(str)) {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", str));
      }
      args = [tokenize(str)];
      for (i = 1; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return interpolate.apply(null, args);
    }
    module.exports = format;
  }
});

// node_modules/@stdlib/string-format/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/@stdlib/string-format/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main3();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/polyfill.js
var require_polyfill = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/polyfill.js"(exports, module) {
    "use strict";
    var format = require_lib4();
    var objectProtoype = Object.prototype;
    var toStr = objectProtoype.toString;
    var defineGetter = objectProtoype.__defineGetter__;
    var defineSetter = objectProtoype.__defineSetter__;
    var lookupGetter = objectProtoype.__lookupGetter__;
    var lookupSetter = objectProtoype.__lookupSetter__;
    function defineProperty(obj, prop, descriptor) {
      var prototype;
      var hasValue;
      var hasGet;
      var hasSet;
      if (typeof obj !== "object" || obj === null || toStr.call(obj) === "[object Array]") {
        throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.", obj));
      }
      if (typeof descriptor !== "object" || descriptor === null || toStr.call(descriptor) === "[object Array]") {
        throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.", descriptor));
      }
      hasValue = "value" in descriptor;
      if (hasValue) {
        if (lookupGetter.call(obj, prop) || lookupSetter.call(obj, prop)) {
          prototype = obj.__proto__;
          obj.__proto__ = objectProtoype;
          delete obj[prop];
          obj[prop] = descriptor.value;
          obj.__proto__ = prototype;
        } else {
          obj[prop] = descriptor.value;
        }
      }
      hasGet = "get" in descriptor;
      hasSet = "set" in descriptor;
      if (hasValue && (hasGet || hasSet)) {
        throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");
      }
      if (hasGet && defineGetter) {
        defineGetter.call(obj, prop, descriptor.get);
      }
      if (hasSet && defineSetter) {
        defineSetter.call(obj, prop, descriptor.set);
      }
      return obj;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-property/lib/index.js
var require_lib5 = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/index.js"(exports, module) {
    "use strict";
    var hasDefinePropertySupport = require_has_define_property_support();
    var builtin = require_builtin();
    var polyfill = require_polyfill();
    var defineProperty;
    if (hasDefinePropertySupport()) {
      defineProperty = builtin;
    } else {
      defineProperty = polyfill;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js
var require_main4 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib5();
    function setNonEnumerableReadOnly(obj, prop, value) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "writable": false,
        "value": value
      });
    }
    module.exports = setNonEnumerableReadOnly;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js
var require_lib6 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main4();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/main.js
var require_main5 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib5();
    function setNonEnumerableReadOnlyAccessor(obj, prop, getter) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "get": getter
      });
    }
    module.exports = setNonEnumerableReadOnlyAccessor;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/index.js
var require_lib7 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main5();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/main.js
var require_main6 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib5();
    function setNonEnumerableReadWriteAccessor(obj, prop, getter, setter) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "get": getter,
        "set": setter
      });
    }
    module.exports = setNonEnumerableReadWriteAccessor;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/index.js
var require_lib8 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main6();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/main.js
var require_main7 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    function hasSymbolSupport() {
      return typeof Symbol === "function" && typeof /* @__PURE__ */ Symbol("foo") === "symbol";
    }
    module.exports = hasSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/index.js
var require_lib9 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main7();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js
var require_main8 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js"(exports, module) {
    "use strict";
    var hasSymbols = require_lib9();
    var FLG = hasSymbols();
    function hasToStringTagSupport() {
      return FLG && typeof Symbol.toStringTag === "symbol";
    }
    module.exports = hasToStringTagSupport;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js
var require_lib10 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main8();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostring.js
var require_tostring = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostring.js"(exports, module) {
    "use strict";
    var toStr = Object.prototype.toString;
    module.exports = toStr;
  }
});

// node_modules/@stdlib/utils-native-class/lib/main.js
var require_main9 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/main.js"(exports, module) {
    "use strict";
    var toStr = require_tostring();
    function nativeClass(v) {
      return toStr.call(v);
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/main.js
var require_main10 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/main.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty;
    function hasOwnProp(value, property) {
      if (value === void 0 || value === null) {
        return false;
      }
      return has.call(value, property);
    }
    module.exports = hasOwnProp;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/index.js
var require_lib11 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main10();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/main.js
var require_main11 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Sym = typeof Symbol === "function" ? Symbol : void 0;
    module.exports = Sym;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/index.js
var require_lib12 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main11();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostringtag.js
var require_tostringtag = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostringtag.js"(exports, module) {
    "use strict";
    var Symbol2 = require_lib12();
    var toStrTag = typeof Symbol2 === "function" ? Symbol2.toStringTag : "";
    module.exports = toStrTag;
  }
});

// node_modules/@stdlib/utils-native-class/lib/polyfill.js
var require_polyfill2 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/polyfill.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib11();
    var toStringTag = require_tostringtag();
    var toStr = require_tostring();
    function nativeClass(v) {
      var isOwn;
      var tag;
      var out;
      if (v === null || v === void 0) {
        return toStr.call(v);
      }
      tag = v[toStringTag];
      isOwn = hasOwnProp(v, toStringTag);
      try {
        v[toStringTag] = void 0;
      } catch (err) {
        return toStr.call(v);
      }
      out = toStr.call(v);
      if (isOwn) {
        v[toStringTag] = tag;
      } else {
        delete v[toStringTag];
      }
      return out;
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/utils-native-class/lib/index.js
var require_lib13 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/index.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var builtin = require_main9();
    var polyfill = require_polyfill2();
    var main;
    if (hasToStringTag()) {
      main = polyfill;
    } else {
      main = builtin;
    }
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-array/lib/main.js
var require_main12 = __commonJS({
  "node_modules/@stdlib/assert-is-array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var f;
    function isArray(value) {
      return nativeClass(value) === "[object Array]";
    }
    if (Array.isArray) {
      f = Array.isArray;
    } else {
      f = isArray;
    }
    module.exports = f;
  }
});

// node_modules/@stdlib/assert-is-array/lib/index.js
var require_lib14 = __commonJS({
  "node_modules/@stdlib/assert-is-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main12();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-object/lib/main.js
var require_main13 = __commonJS({
  "node_modules/@stdlib/assert-is-object/lib/main.js"(exports, module) {
    "use strict";
    var isArray = require_lib14();
    function isObject(value) {
      return typeof value === "object" && value !== null && !isArray(value);
    }
    module.exports = isObject;
  }
});

// node_modules/@stdlib/assert-is-object/lib/index.js
var require_lib15 = __commonJS({
  "node_modules/@stdlib/assert-is-object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main13();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-type-of/lib/fixtures/re.js
var require_re = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/fixtures/re.js"(exports, module) {
    "use strict";
    var RE = /./;
    module.exports = RE;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/primitive.js
var require_primitive = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/primitive.js"(exports, module) {
    "use strict";
    function isBoolean(value) {
      return typeof value === "boolean";
    }
    module.exports = isBoolean;
  }
});

// node_modules/@stdlib/boolean-ctor/lib/main.js
var require_main14 = __commonJS({
  "node_modules/@stdlib/boolean-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Bool = Boolean;
    module.exports = Bool;
  }
});

// node_modules/@stdlib/boolean-ctor/lib/index.js
var require_lib16 = __commonJS({
  "node_modules/@stdlib/boolean-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main14();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/tostring.js
var require_tostring2 = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/tostring.js"(exports, module) {
    "use strict";
    var toString = Boolean.prototype.toString;
    module.exports = toString;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/try2serialize.js
var require_try2serialize = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/try2serialize.js"(exports, module) {
    "use strict";
    var toString = require_tostring2();
    function test(value) {
      try {
        toString.call(value);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = test;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/object.js
var require_object = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/object.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var nativeClass = require_lib13();
    var Boolean2 = require_lib16();
    var test = require_try2serialize();
    var FLG = hasToStringTag();
    function isBoolean(value) {
      if (typeof value === "object") {
        if (value instanceof Boolean2) {
          return true;
        }
        if (FLG) {
          return test(value);
        }
        return nativeClass(value) === "[object Boolean]";
      }
      return false;
    }
    module.exports = isBoolean;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/main.js
var require_main15 = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive();
    var isObject = require_object();
    function isBoolean(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isBoolean;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/index.js
var require_lib17 = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main15();
    var isPrimitive = require_primitive();
    var isObject = require_object();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-global/lib/codegen.js
var require_codegen = __commonJS({
  "node_modules/@stdlib/utils-global/lib/codegen.js"(exports, module) {
    "use strict";
    function getGlobal() {
      return new Function("return this;")();
    }
    module.exports = getGlobal;
  }
});

// node_modules/@stdlib/utils-global/lib/self.js
var require_self = __commonJS({
  "node_modules/@stdlib/utils-global/lib/self.js"(exports, module) {
    "use strict";
    var obj = typeof self === "object" ? self : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/window.js
var require_window = __commonJS({
  "node_modules/@stdlib/utils-global/lib/window.js"(exports, module) {
    "use strict";
    var obj = typeof window === "object" ? window : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/global.js
var require_global = __commonJS({
  "node_modules/@stdlib/utils-global/lib/global.js"(exports, module) {
    "use strict";
    var obj = typeof global === "object" ? global : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/global_this.js
var require_global_this = __commonJS({
  "node_modules/@stdlib/utils-global/lib/global_this.js"(exports, module) {
    "use strict";
    var obj = typeof globalThis === "object" ? globalThis : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/main.js
var require_main16 = __commonJS({
  "node_modules/@stdlib/utils-global/lib/main.js"(exports, module) {
    "use strict";
    var isBoolean = require_lib17().isPrimitive;
    var format = require_lib4();
    var getThis = require_codegen();
    var Self = require_self();
    var Win = require_window();
    var Global = require_global();
    var GlobalThis = require_global_this();
    function getGlobal(codegen) {
      if (arguments.length) {
        if (!isBoolean(codegen)) {
          throw new TypeError(format("invalid argument. Must provide a boolean. Value: `%s`.", codegen));
        }
        if (codegen) {
          return getThis();
        }
      }
      if (GlobalThis) {
        return GlobalThis;
      }
      if (Self) {
        return Self;
      }
      if (Win) {
        return Win;
      }
      if (Global) {
        return Global;
      }
      throw new Error("unexpected error. Unable to resolve global object.");
    }
    module.exports = getGlobal;
  }
});

// node_modules/@stdlib/utils-global/lib/index.js
var require_lib18 = __commonJS({
  "node_modules/@stdlib/utils-global/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main16();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-type-of/lib/fixtures/nodelist.js
var require_nodelist = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/fixtures/nodelist.js"(exports, module) {
    "use strict";
    var getGlobal = require_lib18();
    var root = getGlobal();
    var nodeList = root.document && root.document.childNodes;
    module.exports = nodeList;
  }
});

// node_modules/@stdlib/utils-type-of/lib/fixtures/typedarray.js
var require_typedarray = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/fixtures/typedarray.js"(exports, module) {
    "use strict";
    var typedarray = Int8Array;
    module.exports = typedarray;
  }
});

// node_modules/@stdlib/utils-type-of/lib/check.js
var require_check = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/check.js"(exports, module) {
    "use strict";
    var RE = require_re();
    var nodeList = require_nodelist();
    var typedarray = require_typedarray();
    function check() {
      if (
        // Chrome 1-12 returns 'function' for regular expression instances (see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/typeof):
        typeof RE === "function" || // Safari 8 returns 'object' for typed array and weak map constructors (underscore #1929):
        typeof typedarray === "object" || // PhantomJS 1.9 returns 'function' for `NodeList` instances (underscore #2236):
        typeof nodeList === "function"
      ) {
        return true;
      }
      return false;
    }
    module.exports = check;
  }
});

// node_modules/@stdlib/regexp-function-name/lib/main.js
var require_main17 = __commonJS({
  "node_modules/@stdlib/regexp-function-name/lib/main.js"(exports, module) {
    "use strict";
    function reFunctionName() {
      return /^\s*function\s*([^(]*)/i;
    }
    module.exports = reFunctionName;
  }
});

// node_modules/@stdlib/regexp-function-name/lib/regexp.js
var require_regexp = __commonJS({
  "node_modules/@stdlib/regexp-function-name/lib/regexp.js"(exports, module) {
    "use strict";
    var reFunctionName = require_main17();
    var RE_FUNCTION_NAME = reFunctionName();
    module.exports = RE_FUNCTION_NAME;
  }
});

// node_modules/@stdlib/regexp-function-name/lib/index.js
var require_lib19 = __commonJS({
  "node_modules/@stdlib/regexp-function-name/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main17();
    var REGEXP = require_regexp();
    setReadOnly(main, "REGEXP", REGEXP);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-tools-array-function/lib/main.js
var require_main18 = __commonJS({
  "node_modules/@stdlib/assert-tools-array-function/lib/main.js"(exports, module) {
    "use strict";
    var isArray = require_lib14();
    var format = require_lib4();
    function arrayfcn(predicate) {
      if (typeof predicate !== "function") {
        throw new TypeError(format("invalid argument. Must provide a function. Value: `%s`.", predicate));
      }
      return every;
      function every(value) {
        var len;
        var i;
        if (!isArray(value)) {
          return false;
        }
        len = value.length;
        if (len === 0) {
          return false;
        }
        for (i = 0; i < len; i++) {
          if (predicate(value[i]) === false) {
            return false;
          }
        }
        return true;
      }
    }
    module.exports = arrayfcn;
  }
});

// node_modules/@stdlib/assert-tools-array-function/lib/index.js
var require_lib20 = __commonJS({
  "node_modules/@stdlib/assert-tools-array-function/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main18();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-object-like/lib/main.js
var require_main19 = __commonJS({
  "node_modules/@stdlib/assert-is-object-like/lib/main.js"(exports, module) {
    "use strict";
    function isObjectLike(value) {
      return value !== null && typeof value === "object";
    }
    module.exports = isObjectLike;
  }
});

// node_modules/@stdlib/assert-is-object-like/lib/index.js
var require_lib21 = __commonJS({
  "node_modules/@stdlib/assert-is-object-like/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var arrayfun = require_lib20();
    var main = require_main19();
    var isObjectLikeArray = arrayfun(main);
    setReadOnly(main, "isObjectLikeArray", isObjectLikeArray);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-buffer/lib/main.js
var require_main20 = __commonJS({
  "node_modules/@stdlib/assert-is-buffer/lib/main.js"(exports, module) {
    "use strict";
    var isObjectLike = require_lib21();
    function isBuffer(value) {
      return isObjectLike(value) && // eslint-disable-next-line no-underscore-dangle
      (value._isBuffer || // for envs missing Object.prototype.constructor (e.g., Safari 5-7)
      value.constructor && // WARNING: `typeof` is not a foolproof check, as certain envs consider RegExp and NodeList instances to be functions
      typeof value.constructor.isBuffer === "function" && value.constructor.isBuffer(value));
    }
    module.exports = isBuffer;
  }
});

// node_modules/@stdlib/assert-is-buffer/lib/index.js
var require_lib22 = __commonJS({
  "node_modules/@stdlib/assert-is-buffer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main20();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-constructor-name/lib/main.js
var require_main21 = __commonJS({
  "node_modules/@stdlib/utils-constructor-name/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var RE = require_lib19().REGEXP;
    var isBuffer = require_lib22();
    function constructorName(v) {
      var match;
      var name;
      var ctor;
      name = nativeClass(v).slice(8, -1);
      if ((name === "Object" || name === "Error") && v.constructor) {
        ctor = v.constructor;
        if (typeof ctor.name === "string") {
          return ctor.name;
        }
        match = RE.exec(ctor.toString());
        if (match) {
          return match[1];
        }
      }
      if (isBuffer(v)) {
        return "Buffer";
      }
      return name;
    }
    module.exports = constructorName;
  }
});

// node_modules/@stdlib/utils-constructor-name/lib/index.js
var require_lib23 = __commonJS({
  "node_modules/@stdlib/utils-constructor-name/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main21();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-type-of/lib/main.js
var require_main22 = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/main.js"(exports, module) {
    "use strict";
    var ctorName = require_lib23();
    function typeOf(v) {
      var type;
      if (v === null) {
        return "null";
      }
      type = typeof v;
      if (type === "object") {
        return ctorName(v).toLowerCase();
      }
      return type;
    }
    module.exports = typeOf;
  }
});

// node_modules/@stdlib/utils-type-of/lib/polyfill.js
var require_polyfill3 = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/polyfill.js"(exports, module) {
    "use strict";
    var ctorName = require_lib23();
    function typeOf(v) {
      return ctorName(v).toLowerCase();
    }
    module.exports = typeOf;
  }
});

// node_modules/@stdlib/utils-type-of/lib/index.js
var require_lib24 = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/index.js"(exports, module) {
    "use strict";
    var usePolyfill = require_check();
    var builtin = require_main22();
    var polyfill = require_polyfill3();
    var main = usePolyfill() ? polyfill : builtin;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-function/lib/main.js
var require_main23 = __commonJS({
  "node_modules/@stdlib/assert-is-function/lib/main.js"(exports, module) {
    "use strict";
    var typeOf = require_lib24();
    function isFunction(value) {
      return typeOf(value) === "function";
    }
    module.exports = isFunction;
  }
});

// node_modules/@stdlib/assert-is-function/lib/index.js
var require_lib25 = __commonJS({
  "node_modules/@stdlib/assert-is-function/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main23();
    module.exports = main;
  }
});

// node_modules/@stdlib/object-ctor/lib/main.js
var require_main24 = __commonJS({
  "node_modules/@stdlib/object-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Obj = Object;
    module.exports = Obj;
  }
});

// node_modules/@stdlib/object-ctor/lib/index.js
var require_lib26 = __commonJS({
  "node_modules/@stdlib/object-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main24();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/native.js
var require_native = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/native.js"(exports, module) {
    "use strict";
    var getProto = Object.getPrototypeOf;
    module.exports = getProto;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/proto.js
var require_proto = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/proto.js"(exports, module) {
    "use strict";
    function getProto(obj) {
      return obj.__proto__;
    }
    module.exports = getProto;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/polyfill.js
var require_polyfill4 = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/polyfill.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var Object2 = require_lib26();
    var getProto = require_proto();
    function getPrototypeOf(obj) {
      var proto = getProto(obj);
      if (proto || proto === null) {
        return proto;
      }
      if (nativeClass(obj.constructor) === "[object Function]") {
        return obj.constructor.prototype;
      }
      if (obj instanceof Object2) {
        return Object2.prototype;
      }
      return null;
    }
    module.exports = getPrototypeOf;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/detect.js
var require_detect = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/detect.js"(exports, module) {
    "use strict";
    var isFunction = require_lib25();
    var builtin = require_native();
    var polyfill = require_polyfill4();
    var getProto;
    if (isFunction(Object.getPrototypeOf)) {
      getProto = builtin;
    } else {
      getProto = polyfill;
    }
    module.exports = getProto;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/main.js
var require_main25 = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/main.js"(exports, module) {
    "use strict";
    var Object2 = require_lib26();
    var getProto = require_detect();
    function getPrototypeOf(value) {
      if (value === null || value === void 0) {
        return null;
      }
      value = Object2(value);
      return getProto(value);
    }
    module.exports = getPrototypeOf;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/index.js
var require_lib27 = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main25();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-plain-object/lib/main.js
var require_main26 = __commonJS({
  "node_modules/@stdlib/assert-is-plain-object/lib/main.js"(exports, module) {
    "use strict";
    var isObject = require_lib15();
    var isFunction = require_lib25();
    var getPrototypeOf = require_lib27();
    var hasOwnProp = require_lib11();
    var nativeClass = require_lib13();
    var objectPrototype = Object.prototype;
    function ownProps(obj) {
      var key;
      for (key in obj) {
        if (!hasOwnProp(obj, key)) {
          return false;
        }
      }
      return true;
    }
    function isPlainObject(value) {
      var proto;
      if (!isObject(value)) {
        return false;
      }
      proto = getPrototypeOf(value);
      if (!proto) {
        return true;
      }
      return (
        // Cannot have own `constructor` property:
        !hasOwnProp(value, "constructor") && // Prototype `constructor` property must be a function (see also https://bugs.jquery.com/ticket/9897 and http://stackoverflow.com/questions/18531624/isplainobject-thing):
        hasOwnProp(proto, "constructor") && isFunction(proto.constructor) && nativeClass(proto.constructor) === "[object Function]" && // Test for object-specific method:
        hasOwnProp(proto, "isPrototypeOf") && isFunction(proto.isPrototypeOf) && // Test if the prototype matches the global `Object` prototype (same realm):
        (proto === objectPrototype || // Test that all properties are own properties (cross-realm; *most* likely a plain object):
        ownProps(value))
      );
    }
    module.exports = isPlainObject;
  }
});

// node_modules/@stdlib/assert-is-plain-object/lib/index.js
var require_lib28 = __commonJS({
  "node_modules/@stdlib/assert-is-plain-object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main26();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/main.js
var require_main27 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/main.js"(exports, module) {
    "use strict";
    function wrap(value) {
      return constantFunction;
      function constantFunction() {
        return value;
      }
    }
    module.exports = wrap;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/index.js
var require_lib29 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main27();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-noop/lib/main.js
var require_main28 = __commonJS({
  "node_modules/@stdlib/utils-noop/lib/main.js"(exports, module) {
    "use strict";
    function noop() {
    }
    module.exports = noop;
  }
});

// node_modules/@stdlib/utils-noop/lib/index.js
var require_lib30 = __commonJS({
  "node_modules/@stdlib/utils-noop/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main28();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/main.js
var require_main29 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/main.js"(exports, module) {
    "use strict";
    function isnan(x) {
      return x !== x;
    }
    module.exports = isnan;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/index.js
var require_lib31 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main29();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/main.js
var require_main30 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/main.js"(exports, module) {
    "use strict";
    var floor = Math.floor;
    module.exports = floor;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/index.js
var require_lib32 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main30();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-integer/lib/main.js
var require_main31 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-integer/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib32();
    function isPositiveInteger(x) {
      return floor(x) === x && x > 0;
    }
    module.exports = isPositiveInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-integer/lib/index.js
var require_lib33 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-integer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main31();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-probability/lib/main.js
var require_main32 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-probability/lib/main.js"(exports, module) {
    "use strict";
    function isProbability(x) {
      return x >= 0 && x <= 1;
    }
    module.exports = isProbability;
  }
});

// node_modules/@stdlib/math-base-assert-is-probability/lib/index.js
var require_lib34 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-probability/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main32();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/main.js
var require_main33 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib32();
    function isInteger(x) {
      return floor(x) === x;
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/index.js
var require_lib35 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main33();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-array-max-typed-array-length/lib/index.js
var require_lib36 = __commonJS({
  "node_modules/@stdlib/constants-array-max-typed-array-length/lib/index.js"(exports, module) {
    "use strict";
    var MAX_TYPED_ARRAY_LENGTH = 9007199254740991;
    module.exports = MAX_TYPED_ARRAY_LENGTH;
  }
});

// node_modules/@stdlib/assert-is-collection/lib/main.js
var require_main34 = __commonJS({
  "node_modules/@stdlib/assert-is-collection/lib/main.js"(exports, module) {
    "use strict";
    var isInteger = require_lib35();
    var MAX_LENGTH = require_lib36();
    function isCollection(value) {
      return typeof value === "object" && value !== null && typeof value.length === "number" && isInteger(value.length) && value.length >= 0 && value.length <= MAX_LENGTH;
    }
    module.exports = isCollection;
  }
});

// node_modules/@stdlib/assert-is-collection/lib/index.js
var require_lib37 = __commonJS({
  "node_modules/@stdlib/assert-is-collection/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main34();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/main.js
var require_main35 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasUint32Array = typeof Uint32Array === "function";
    function isUint32Array(value) {
      return hasUint32Array && value instanceof Uint32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint32Array]";
    }
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/index.js
var require_lib38 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/index.js"(exports, module) {
    "use strict";
    var isUint32Array = require_main35();
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/assert-is-number/lib/primitive.js
var require_primitive2 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/primitive.js"(exports, module) {
    "use strict";
    function isNumber(value) {
      return typeof value === "number";
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/number-ctor/lib/main.js
var require_main36 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/main.js"(exports, module) {
    "use strict";
    module.exports = Number;
  }
});

// node_modules/@stdlib/number-ctor/lib/index.js
var require_lib39 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main36();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-number/lib/tostring.js
var require_tostring3 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/tostring.js"(exports, module) {
    "use strict";
    var Number2 = require_lib39();
    var toString = Number2.prototype.toString;
    module.exports = toString;
  }
});

// node_modules/@stdlib/assert-is-number/lib/try2serialize.js
var require_try2serialize2 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/try2serialize.js"(exports, module) {
    "use strict";
    var toString = require_tostring3();
    function test(value) {
      try {
        toString.call(value);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = test;
  }
});

// node_modules/@stdlib/assert-is-number/lib/object.js
var require_object2 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/object.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var nativeClass = require_lib13();
    var Number2 = require_lib39();
    var test = require_try2serialize2();
    var FLG = hasToStringTag();
    function isNumber(value) {
      if (typeof value === "object") {
        if (value instanceof Number2) {
          return true;
        }
        if (FLG) {
          return test(value);
        }
        return nativeClass(value) === "[object Number]";
      }
      return false;
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/assert-is-number/lib/main.js
var require_main37 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive2();
    var isObject = require_object2();
    function isNumber(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/assert-is-number/lib/index.js
var require_lib40 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main37();
    var isPrimitive = require_primitive2();
    var isObject = require_object2();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-pinf/lib/index.js
var require_lib41 = __commonJS({
  "node_modules/@stdlib/constants-float64-pinf/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_PINF = Number.POSITIVE_INFINITY;
    module.exports = FLOAT64_PINF;
  }
});

// node_modules/@stdlib/constants-float64-ninf/lib/index.js
var require_lib42 = __commonJS({
  "node_modules/@stdlib/constants-float64-ninf/lib/index.js"(exports, module) {
    "use strict";
    var Number2 = require_lib39();
    var FLOAT64_NINF = Number2.NEGATIVE_INFINITY;
    module.exports = FLOAT64_NINF;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/integer.js
var require_integer = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/integer.js"(exports, module) {
    "use strict";
    var PINF = require_lib41();
    var NINF = require_lib42();
    var isInt = require_lib35();
    function isInteger(value) {
      return value < PINF && value > NINF && isInt(value);
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/primitive.js
var require_primitive3 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/primitive.js"(exports, module) {
    "use strict";
    var isNumber = require_lib40().isPrimitive;
    var isInt = require_integer();
    function isInteger(value) {
      return isNumber(value) && isInt(value);
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/object.js
var require_object3 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/object.js"(exports, module) {
    "use strict";
    var isNumber = require_lib40().isObject;
    var isInt = require_integer();
    function isInteger(value) {
      return isNumber(value) && isInt(value.valueOf());
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/main.js
var require_main38 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive3();
    var isObject = require_object3();
    function isInteger(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/index.js
var require_lib43 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main38();
    var isPrimitive = require_primitive3();
    var isObject = require_object3();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/primitive.js
var require_primitive4 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/primitive.js"(exports, module) {
    "use strict";
    var isInteger = require_lib43().isPrimitive;
    function isPositiveInteger(value) {
      return isInteger(value) && value > 0;
    }
    module.exports = isPositiveInteger;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/object.js
var require_object4 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/object.js"(exports, module) {
    "use strict";
    var isInteger = require_lib43().isObject;
    function isPositiveInteger(value) {
      return isInteger(value) && value.valueOf() > 0;
    }
    module.exports = isPositiveInteger;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/main.js
var require_main39 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive4();
    var isObject = require_object4();
    function isPositiveInteger(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isPositiveInteger;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/index.js
var require_lib44 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main39();
    var isPrimitive = require_primitive4();
    var isObject = require_object4();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js
var require_lib45 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_SAFE_INTEGER = 9007199254740991;
    module.exports = FLOAT64_MAX_SAFE_INTEGER;
  }
});

// node_modules/@stdlib/constants-uint32-max/lib/index.js
var require_lib46 = __commonJS({
  "node_modules/@stdlib/constants-uint32-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT32_MAX = 4294967295;
    module.exports = UINT32_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js
var require_uint32array = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js"(exports, module) {
    "use strict";
    var main = typeof Uint32Array === "function" ? Uint32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/main.js
var require_main40 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint32Array = require_lib38();
    var UINT32_MAX = require_lib46();
    var GlobalUint32Array = require_uint32array();
    function hasUint32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint32Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT32_MAX + 1, UINT32_MAX + 2];
        arr = new GlobalUint32Array(arr);
        bool = isUint32Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT32_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/index.js
var require_lib47 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_main40();
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/array-uint32/lib/main.js
var require_main41 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint32Array === "function" ? Uint32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint32/lib/polyfill.js
var require_polyfill5 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint32/lib/index.js
var require_lib48 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_lib47();
    var builtin = require_main41();
    var polyfill = require_polyfill5();
    var ctor;
    if (hasUint32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js
var require_main42 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib41();
    function isPositiveZero(x) {
      return x === 0 && 1 / x === PINF;
    }
    module.exports = isPositiveZero;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js
var require_lib49 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main42();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/main.js
var require_main43 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/main.js"(exports, module) {
    "use strict";
    var isPositiveZero = require_lib49();
    var isnan = require_lib31();
    var PINF = require_lib41();
    function max(x, y) {
      if (isnan(x) || isnan(y)) {
        return NaN;
      }
      if (x === PINF || y === PINF) {
        return PINF;
      }
      if (x === y && x === 0) {
        if (isPositiveZero(x)) {
          return x;
        }
        return y;
      }
      if (x > y) {
        return x;
      }
      return y;
    }
    module.exports = max;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/index.js
var require_lib50 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/index.js"(exports, module) {
    "use strict";
    var max = require_main43();
    module.exports = max;
  }
});

// node_modules/@stdlib/number-uint32-base-mul/lib/main.js
var require_main44 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-mul/lib/main.js"(exports, module) {
    "use strict";
    var LOW_WORD_MASK = 65535 >>> 0;
    function mul(a, b) {
      var lbits;
      var mbits;
      var ha;
      var hb;
      var la;
      var lb;
      a >>>= 0;
      b >>>= 0;
      ha = a >>> 16 >>> 0;
      hb = b >>> 16 >>> 0;
      la = (a & LOW_WORD_MASK) >>> 0;
      lb = (b & LOW_WORD_MASK) >>> 0;
      lbits = la * lb >>> 0;
      mbits = ha * lb + la * hb << 16 >>> 0;
      return lbits + mbits >>> 0;
    }
    module.exports = mul;
  }
});

// node_modules/@stdlib/number-uint32-base-mul/lib/index.js
var require_lib51 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-mul/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main44();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-assert-is-accessor-array/lib/main.js
var require_main45 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-accessor-array/lib/main.js"(exports, module) {
    "use strict";
    var TYPE = "function";
    function isAccessorArray(value) {
      return typeof value.get === TYPE && typeof value.set === TYPE;
    }
    module.exports = isAccessorArray;
  }
});

// node_modules/@stdlib/array-base-assert-is-accessor-array/lib/index.js
var require_lib52 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-accessor-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main45();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-getter/lib/main.js
var require_main46 = __commonJS({
  "node_modules/@stdlib/array-base-getter/lib/main.js"(exports, module) {
    "use strict";
    var GETTERS = {
      "float64": getFloat64,
      "float32": getFloat32,
      "int32": getInt32,
      "int16": getInt16,
      "int8": getInt8,
      "uint32": getUint32,
      "uint16": getUint16,
      "uint8": getUint8,
      "uint8c": getUint8c,
      "generic": getGeneric,
      "default": getArrayLike
    };
    function getFloat64(arr, idx) {
      return arr[idx];
    }
    function getFloat32(arr, idx) {
      return arr[idx];
    }
    function getInt32(arr, idx) {
      return arr[idx];
    }
    function getInt16(arr, idx) {
      return arr[idx];
    }
    function getInt8(arr, idx) {
      return arr[idx];
    }
    function getUint32(arr, idx) {
      return arr[idx];
    }
    function getUint16(arr, idx) {
      return arr[idx];
    }
    function getUint8(arr, idx) {
      return arr[idx];
    }
    function getUint8c(arr, idx) {
      return arr[idx];
    }
    function getGeneric(arr, idx) {
      return arr[idx];
    }
    function getArrayLike(arr, idx) {
      return arr[idx];
    }
    function getter(dtype) {
      var f = GETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return GETTERS.default;
    }
    module.exports = getter;
  }
});

// node_modules/@stdlib/array-base-getter/lib/index.js
var require_lib53 = __commonJS({
  "node_modules/@stdlib/array-base-getter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main46();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-setter/lib/main.js
var require_main47 = __commonJS({
  "node_modules/@stdlib/array-base-setter/lib/main.js"(exports, module) {
    "use strict";
    var SETTERS = {
      "float64": setFloat64,
      "float32": setFloat32,
      "int32": setInt32,
      "int16": setInt16,
      "int8": setInt8,
      "uint32": setUint32,
      "uint16": setUint16,
      "uint8": setUint8,
      "uint8c": setUint8c,
      "generic": setGeneric,
      "default": setArrayLike
    };
    function setFloat64(arr, idx, value) {
      arr[idx] = value;
    }
    function setFloat32(arr, idx, value) {
      arr[idx] = value;
    }
    function setInt32(arr, idx, value) {
      arr[idx] = value;
    }
    function setInt16(arr, idx, value) {
      arr[idx] = value;
    }
    function setInt8(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint32(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint16(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint8(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint8c(arr, idx, value) {
      arr[idx] = value;
    }
    function setGeneric(arr, idx, value) {
      arr[idx] = value;
    }
    function setArrayLike(arr, idx, value) {
      arr[idx] = value;
    }
    function setter(dtype) {
      var f = SETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return SETTERS.default;
    }
    module.exports = setter;
  }
});

// node_modules/@stdlib/array-base-setter/lib/index.js
var require_lib54 = __commonJS({
  "node_modules/@stdlib/array-base-setter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main47();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-accessor-getter/lib/main.js
var require_main48 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-getter/lib/main.js"(exports, module) {
    "use strict";
    var GETTERS = {
      "complex128": getComplex128,
      "complex64": getComplex64,
      "default": getArrayLike
    };
    function getComplex128(arr, idx) {
      return arr.get(idx);
    }
    function getComplex64(arr, idx) {
      return arr.get(idx);
    }
    function getArrayLike(arr, idx) {
      return arr.get(idx);
    }
    function getter(dtype) {
      var f = GETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return GETTERS.default;
    }
    module.exports = getter;
  }
});

// node_modules/@stdlib/array-base-accessor-getter/lib/index.js
var require_lib55 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-getter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main48();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-accessor-setter/lib/main.js
var require_main49 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-setter/lib/main.js"(exports, module) {
    "use strict";
    var SETTERS = {
      "complex128": setComplex128,
      "complex64": setComplex64,
      "default": setArrayLike
    };
    function setComplex128(arr, idx, value) {
      arr.set(value, idx);
    }
    function setComplex64(arr, idx, value) {
      arr.set(value, idx);
    }
    function setArrayLike(arr, idx, value) {
      arr.set(value, idx);
    }
    function setter(dtype) {
      var f = SETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return SETTERS.default;
    }
    module.exports = setter;
  }
});

// node_modules/@stdlib/array-base-accessor-setter/lib/index.js
var require_lib56 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-setter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main49();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-dtype/lib/ctor2dtype.js
var require_ctor2dtype = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/ctor2dtype.js"(exports, module) {
    "use strict";
    var ctor2dtypes = {
      "Float32Array": "float32",
      "Float64Array": "float64",
      "Array": "generic",
      "Int16Array": "int16",
      "Int32Array": "int32",
      "Int8Array": "int8",
      "Uint16Array": "uint16",
      "Uint32Array": "uint32",
      "Uint8Array": "uint8",
      "Uint8ClampedArray": "uint8c",
      "Complex64Array": "complex64",
      "Complex128Array": "complex128",
      "BooleanArray": "bool"
    };
    module.exports = ctor2dtypes;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/main.js
var require_main50 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasFloat64Array = typeof Float64Array === "function";
    function isFloat64Array(value) {
      return hasFloat64Array && value instanceof Float64Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Float64Array]";
    }
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/index.js
var require_lib57 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/index.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_main50();
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js
var require_float64array = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js"(exports, module) {
    "use strict";
    var main = typeof Float64Array === "function" ? Float64Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/main.js
var require_main51 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/main.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_lib57();
    var GlobalFloat64Array = require_float64array();
    function hasFloat64ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalFloat64Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalFloat64Array([1, 3.14, -3.14, NaN]);
        bool = isFloat64Array(arr) && arr[0] === 1 && arr[1] === 3.14 && arr[2] === -3.14 && arr[3] !== arr[3];
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/index.js
var require_lib58 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_main51();
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/array-float64/lib/main.js
var require_main52 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Float64Array === "function" ? Float64Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-float64/lib/polyfill.js
var require_polyfill6 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-float64/lib/index.js
var require_lib59 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_lib58();
    var builtin = require_main52();
    var polyfill = require_polyfill6();
    var ctor;
    if (hasFloat64ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-float32array/lib/main.js
var require_main53 = __commonJS({
  "node_modules/@stdlib/assert-is-float32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasFloat32Array = typeof Float32Array === "function";
    function isFloat32Array(value) {
      return hasFloat32Array && value instanceof Float32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Float32Array]";
    }
    module.exports = isFloat32Array;
  }
});

// node_modules/@stdlib/assert-is-float32array/lib/index.js
var require_lib60 = __commonJS({
  "node_modules/@stdlib/assert-is-float32array/lib/index.js"(exports, module) {
    "use strict";
    var isFloat32Array = require_main53();
    module.exports = isFloat32Array;
  }
});

// node_modules/@stdlib/assert-has-float32array-support/lib/float32array.js
var require_float32array = __commonJS({
  "node_modules/@stdlib/assert-has-float32array-support/lib/float32array.js"(exports, module) {
    "use strict";
    var main = typeof Float32Array === "function" ? Float32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-float32array-support/lib/main.js
var require_main54 = __commonJS({
  "node_modules/@stdlib/assert-has-float32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isFloat32Array = require_lib60();
    var PINF = require_lib41();
    var GlobalFloat32Array = require_float32array();
    function hasFloat32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalFloat32Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalFloat32Array([1, 3.14, -3.14, 5e40]);
        bool = isFloat32Array(arr) && arr[0] === 1 && arr[1] === 3.140000104904175 && arr[2] === -3.140000104904175 && arr[3] === PINF;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasFloat32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-float32array-support/lib/index.js
var require_lib61 = __commonJS({
  "node_modules/@stdlib/assert-has-float32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat32ArraySupport = require_main54();
    module.exports = hasFloat32ArraySupport;
  }
});

// node_modules/@stdlib/array-float32/lib/main.js
var require_main55 = __commonJS({
  "node_modules/@stdlib/array-float32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Float32Array === "function" ? Float32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-float32/lib/polyfill.js
var require_polyfill7 = __commonJS({
  "node_modules/@stdlib/array-float32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-float32/lib/index.js
var require_lib62 = __commonJS({
  "node_modules/@stdlib/array-float32/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat32ArraySupport = require_lib61();
    var builtin = require_main55();
    var polyfill = require_polyfill7();
    var ctor;
    if (hasFloat32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-int32array/lib/main.js
var require_main56 = __commonJS({
  "node_modules/@stdlib/assert-is-int32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasInt32Array = typeof Int32Array === "function";
    function isInt32Array(value) {
      return hasInt32Array && value instanceof Int32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Int32Array]";
    }
    module.exports = isInt32Array;
  }
});

// node_modules/@stdlib/assert-is-int32array/lib/index.js
var require_lib63 = __commonJS({
  "node_modules/@stdlib/assert-is-int32array/lib/index.js"(exports, module) {
    "use strict";
    var isInt32Array = require_main56();
    module.exports = isInt32Array;
  }
});

// node_modules/@stdlib/constants-int32-max/lib/index.js
var require_lib64 = __commonJS({
  "node_modules/@stdlib/constants-int32-max/lib/index.js"(exports, module) {
    "use strict";
    var INT32_MAX = 2147483647 | 0;
    module.exports = INT32_MAX;
  }
});

// node_modules/@stdlib/constants-int32-min/lib/index.js
var require_lib65 = __commonJS({
  "node_modules/@stdlib/constants-int32-min/lib/index.js"(exports, module) {
    "use strict";
    var INT32_MIN = -2147483648 | 0;
    module.exports = INT32_MIN;
  }
});

// node_modules/@stdlib/assert-has-int32array-support/lib/int32array.js
var require_int32array = __commonJS({
  "node_modules/@stdlib/assert-has-int32array-support/lib/int32array.js"(exports, module) {
    "use strict";
    var main = typeof Int32Array === "function" ? Int32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-int32array-support/lib/main.js
var require_main57 = __commonJS({
  "node_modules/@stdlib/assert-has-int32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isInt32Array = require_lib63();
    var INT32_MAX = require_lib64();
    var INT32_MIN = require_lib65();
    var GlobalInt32Array = require_int32array();
    function hasInt32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalInt32Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalInt32Array([1, 3.14, -3.14, INT32_MAX + 1]);
        bool = isInt32Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === -3 && // truncation
        arr[3] === INT32_MIN;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasInt32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-int32array-support/lib/index.js
var require_lib66 = __commonJS({
  "node_modules/@stdlib/assert-has-int32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasInt32ArraySupport = require_main57();
    module.exports = hasInt32ArraySupport;
  }
});

// node_modules/@stdlib/array-int32/lib/main.js
var require_main58 = __commonJS({
  "node_modules/@stdlib/array-int32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Int32Array === "function" ? Int32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-int32/lib/polyfill.js
var require_polyfill8 = __commonJS({
  "node_modules/@stdlib/array-int32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-int32/lib/index.js
var require_lib67 = __commonJS({
  "node_modules/@stdlib/array-int32/lib/index.js"(exports, module) {
    "use strict";
    var hasInt32ArraySupport = require_lib66();
    var builtin = require_main58();
    var polyfill = require_polyfill8();
    var ctor;
    if (hasInt32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/main.js
var require_main59 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasUint16Array = typeof Uint16Array === "function";
    function isUint16Array(value) {
      return hasUint16Array && value instanceof Uint16Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint16Array]";
    }
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/index.js
var require_lib68 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/index.js"(exports, module) {
    "use strict";
    var isUint16Array = require_main59();
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/constants-uint16-max/lib/index.js
var require_lib69 = __commonJS({
  "node_modules/@stdlib/constants-uint16-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT16_MAX = 65535 | 0;
    module.exports = UINT16_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js
var require_uint16array = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js"(exports, module) {
    "use strict";
    var main = typeof Uint16Array === "function" ? Uint16Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/main.js
var require_main60 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint16Array = require_lib68();
    var UINT16_MAX = require_lib69();
    var GlobalUint16Array = require_uint16array();
    function hasUint16ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint16Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT16_MAX + 1, UINT16_MAX + 2];
        arr = new GlobalUint16Array(arr);
        bool = isUint16Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT16_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/index.js
var require_lib70 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_main60();
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/array-uint16/lib/main.js
var require_main61 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint16Array === "function" ? Uint16Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint16/lib/polyfill.js
var require_polyfill9 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint16/lib/index.js
var require_lib71 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_lib70();
    var builtin = require_main61();
    var polyfill = require_polyfill9();
    var ctor;
    if (hasUint16ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-int16array/lib/main.js
var require_main62 = __commonJS({
  "node_modules/@stdlib/assert-is-int16array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasInt16Array = typeof Int16Array === "function";
    function isInt16Array(value) {
      return hasInt16Array && value instanceof Int16Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Int16Array]";
    }
    module.exports = isInt16Array;
  }
});

// node_modules/@stdlib/assert-is-int16array/lib/index.js
var require_lib72 = __commonJS({
  "node_modules/@stdlib/assert-is-int16array/lib/index.js"(exports, module) {
    "use strict";
    var isInt16Array = require_main62();
    module.exports = isInt16Array;
  }
});

// node_modules/@stdlib/constants-int16-max/lib/index.js
var require_lib73 = __commonJS({
  "node_modules/@stdlib/constants-int16-max/lib/index.js"(exports, module) {
    "use strict";
    var INT16_MAX = 32767 | 0;
    module.exports = INT16_MAX;
  }
});

// node_modules/@stdlib/constants-int16-min/lib/index.js
var require_lib74 = __commonJS({
  "node_modules/@stdlib/constants-int16-min/lib/index.js"(exports, module) {
    "use strict";
    var INT16_MIN = -32768 | 0;
    module.exports = INT16_MIN;
  }
});

// node_modules/@stdlib/assert-has-int16array-support/lib/int16array.js
var require_int16array = __commonJS({
  "node_modules/@stdlib/assert-has-int16array-support/lib/int16array.js"(exports, module) {
    "use strict";
    var main = typeof Int16Array === "function" ? Int16Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-int16array-support/lib/main.js
var require_main63 = __commonJS({
  "node_modules/@stdlib/assert-has-int16array-support/lib/main.js"(exports, module) {
    "use strict";
    var isInt16Array = require_lib72();
    var INT16_MAX = require_lib73();
    var INT16_MIN = require_lib74();
    var GlobalInt16Array = require_int16array();
    function hasInt16ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalInt16Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalInt16Array([1, 3.14, -3.14, INT16_MAX + 1]);
        bool = isInt16Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === -3 && // truncation
        arr[3] === INT16_MIN;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasInt16ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-int16array-support/lib/index.js
var require_lib75 = __commonJS({
  "node_modules/@stdlib/assert-has-int16array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasInt16ArraySupport = require_main63();
    module.exports = hasInt16ArraySupport;
  }
});

// node_modules/@stdlib/array-int16/lib/main.js
var require_main64 = __commonJS({
  "node_modules/@stdlib/array-int16/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Int16Array === "function" ? Int16Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-int16/lib/polyfill.js
var require_polyfill10 = __commonJS({
  "node_modules/@stdlib/array-int16/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-int16/lib/index.js
var require_lib76 = __commonJS({
  "node_modules/@stdlib/array-int16/lib/index.js"(exports, module) {
    "use strict";
    var hasInt16ArraySupport = require_lib75();
    var builtin = require_main64();
    var polyfill = require_polyfill10();
    var ctor;
    if (hasInt16ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/main.js
var require_main65 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasUint8Array = typeof Uint8Array === "function";
    function isUint8Array(value) {
      return hasUint8Array && value instanceof Uint8Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint8Array]";
    }
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/index.js
var require_lib77 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/index.js"(exports, module) {
    "use strict";
    var isUint8Array = require_main65();
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/constants-uint8-max/lib/index.js
var require_lib78 = __commonJS({
  "node_modules/@stdlib/constants-uint8-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT8_MAX = 255 | 0;
    module.exports = UINT8_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js
var require_uint8array = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js"(exports, module) {
    "use strict";
    var main = typeof Uint8Array === "function" ? Uint8Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/main.js
var require_main66 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint8Array = require_lib77();
    var UINT8_MAX = require_lib78();
    var GlobalUint8Array = require_uint8array();
    function hasUint8ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint8Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT8_MAX + 1, UINT8_MAX + 2];
        arr = new GlobalUint8Array(arr);
        bool = isUint8Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT8_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/index.js
var require_lib79 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_main66();
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/array-uint8/lib/main.js
var require_main67 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint8Array === "function" ? Uint8Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint8/lib/polyfill.js
var require_polyfill11 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint8/lib/index.js
var require_lib80 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_lib79();
    var builtin = require_main67();
    var polyfill = require_polyfill11();
    var ctor;
    if (hasUint8ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint8clampedarray/lib/main.js
var require_main68 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8clampedarray/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasUint8ClampedArray = typeof Uint8ClampedArray === "function";
    function isUint8ClampedArray(value) {
      return hasUint8ClampedArray && value instanceof Uint8ClampedArray || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint8ClampedArray]";
    }
    module.exports = isUint8ClampedArray;
  }
});

// node_modules/@stdlib/assert-is-uint8clampedarray/lib/index.js
var require_lib81 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8clampedarray/lib/index.js"(exports, module) {
    "use strict";
    var isUint8ClampedArray = require_main68();
    module.exports = isUint8ClampedArray;
  }
});

// node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/uint8clampedarray.js
var require_uint8clampedarray = __commonJS({
  "node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/uint8clampedarray.js"(exports, module) {
    "use strict";
    var main = typeof Uint8ClampedArray === "function" ? Uint8ClampedArray : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/main.js
var require_main69 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint8ClampedArray = require_lib81();
    var GlobalUint8ClampedArray = require_uint8clampedarray();
    function hasUint8ClampedArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint8ClampedArray !== "function") {
        return false;
      }
      try {
        arr = new GlobalUint8ClampedArray([-1, 0, 1, 3.14, 4.99, 255, 256]);
        bool = isUint8ClampedArray(arr) && arr[0] === 0 && // clamped
        arr[1] === 0 && arr[2] === 1 && arr[3] === 3 && // round to nearest
        arr[4] === 5 && // round to nearest
        arr[5] === 255 && arr[6] === 255;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint8ClampedArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/index.js
var require_lib82 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ClampedArraySupport = require_main69();
    module.exports = hasUint8ClampedArraySupport;
  }
});

// node_modules/@stdlib/array-uint8c/lib/main.js
var require_main70 = __commonJS({
  "node_modules/@stdlib/array-uint8c/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint8ClampedArray === "function" ? Uint8ClampedArray : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint8c/lib/polyfill.js
var require_polyfill12 = __commonJS({
  "node_modules/@stdlib/array-uint8c/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint8c/lib/index.js
var require_lib83 = __commonJS({
  "node_modules/@stdlib/array-uint8c/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ClampedArraySupport = require_lib82();
    var builtin = require_main70();
    var polyfill = require_polyfill12();
    var ctor;
    if (hasUint8ClampedArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-int8array/lib/main.js
var require_main71 = __commonJS({
  "node_modules/@stdlib/assert-is-int8array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasInt8Array = typeof Int8Array === "function";
    function isInt8Array(value) {
      return hasInt8Array && value instanceof Int8Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Int8Array]";
    }
    module.exports = isInt8Array;
  }
});

// node_modules/@stdlib/assert-is-int8array/lib/index.js
var require_lib84 = __commonJS({
  "node_modules/@stdlib/assert-is-int8array/lib/index.js"(exports, module) {
    "use strict";
    var isInt8Array = require_main71();
    module.exports = isInt8Array;
  }
});

// node_modules/@stdlib/constants-int8-max/lib/index.js
var require_lib85 = __commonJS({
  "node_modules/@stdlib/constants-int8-max/lib/index.js"(exports, module) {
    "use strict";
    var INT8_MAX = 127 | 0;
    module.exports = INT8_MAX;
  }
});

// node_modules/@stdlib/constants-int8-min/lib/index.js
var require_lib86 = __commonJS({
  "node_modules/@stdlib/constants-int8-min/lib/index.js"(exports, module) {
    "use strict";
    var INT8_MIN = -128 | 0;
    module.exports = INT8_MIN;
  }
});

// node_modules/@stdlib/assert-has-int8array-support/lib/int8array.js
var require_int8array = __commonJS({
  "node_modules/@stdlib/assert-has-int8array-support/lib/int8array.js"(exports, module) {
    "use strict";
    var main = typeof Int8Array === "function" ? Int8Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-int8array-support/lib/main.js
var require_main72 = __commonJS({
  "node_modules/@stdlib/assert-has-int8array-support/lib/main.js"(exports, module) {
    "use strict";
    var isInt8Array = require_lib84();
    var INT8_MAX = require_lib85();
    var INT8_MIN = require_lib86();
    var GlobalInt8Array = require_int8array();
    function hasInt8ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalInt8Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalInt8Array([1, 3.14, -3.14, INT8_MAX + 1]);
        bool = isInt8Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === -3 && // truncation
        arr[3] === INT8_MIN;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasInt8ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-int8array-support/lib/index.js
var require_lib87 = __commonJS({
  "node_modules/@stdlib/assert-has-int8array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasInt8ArraySupport = require_main72();
    module.exports = hasInt8ArraySupport;
  }
});

// node_modules/@stdlib/array-int8/lib/main.js
var require_main73 = __commonJS({
  "node_modules/@stdlib/array-int8/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Int8Array === "function" ? Int8Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-int8/lib/polyfill.js
var require_polyfill13 = __commonJS({
  "node_modules/@stdlib/array-int8/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-int8/lib/index.js
var require_lib88 = __commonJS({
  "node_modules/@stdlib/array-int8/lib/index.js"(exports, module) {
    "use strict";
    var hasInt8ArraySupport = require_lib87();
    var builtin = require_main73();
    var polyfill = require_polyfill13();
    var ctor;
    if (hasInt8ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/primitive.js
var require_primitive5 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/primitive.js"(exports, module) {
    "use strict";
    var isInteger = require_lib43().isPrimitive;
    function isNonNegativeInteger(value) {
      return isInteger(value) && value >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/object.js
var require_object5 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/object.js"(exports, module) {
    "use strict";
    var isInteger = require_lib43().isObject;
    function isNonNegativeInteger(value) {
      return isInteger(value) && value.valueOf() >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/main.js
var require_main74 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive5();
    var isObject = require_object5();
    function isNonNegativeInteger(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/index.js
var require_lib89 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main74();
    var isPrimitive = require_primitive5();
    var isObject = require_object5();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-array-max-array-length/lib/index.js
var require_lib90 = __commonJS({
  "node_modules/@stdlib/constants-array-max-array-length/lib/index.js"(exports, module) {
    "use strict";
    var MAX_ARRAY_LENGTH = 4294967295 >>> 0;
    module.exports = MAX_ARRAY_LENGTH;
  }
});

// node_modules/@stdlib/assert-is-array-like-object/lib/main.js
var require_main75 = __commonJS({
  "node_modules/@stdlib/assert-is-array-like-object/lib/main.js"(exports, module) {
    "use strict";
    var isInteger = require_lib35();
    var MAX_LENGTH = require_lib90();
    function isArrayLikeObject(value) {
      return typeof value === "object" && value !== null && typeof value.length === "number" && isInteger(value.length) && value.length >= 0 && value.length <= MAX_LENGTH;
    }
    module.exports = isArrayLikeObject;
  }
});

// node_modules/@stdlib/assert-is-array-like-object/lib/index.js
var require_lib91 = __commonJS({
  "node_modules/@stdlib/assert-is-array-like-object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main75();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-arraybuffer/lib/main.js
var require_main76 = __commonJS({
  "node_modules/@stdlib/assert-is-arraybuffer/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib13();
    var hasArrayBuffer = typeof ArrayBuffer === "function";
    function isArrayBuffer(value) {
      return hasArrayBuffer && value instanceof ArrayBuffer || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object ArrayBuffer]";
    }
    module.exports = isArrayBuffer;
  }
});

// node_modules/@stdlib/assert-is-arraybuffer/lib/index.js
var require_lib92 = __commonJS({
  "node_modules/@stdlib/assert-is-arraybuffer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main76();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-string/lib/primitive.js
var require_primitive6 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/primitive.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/assert-is-string/lib/valueof.js
var require_valueof = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/valueof.js"(exports, module) {
    "use strict";
    var valueOf = String.prototype.valueOf;
    module.exports = valueOf;
  }
});

// node_modules/@stdlib/assert-is-string/lib/try2valueof.js
var require_try2valueof = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/try2valueof.js"(exports, module) {
    "use strict";
    var valueOf = require_valueof();
    function test(value) {
      try {
        valueOf.call(value);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = test;
  }
});

// node_modules/@stdlib/assert-is-string/lib/object.js
var require_object6 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/object.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var nativeClass = require_lib13();
    var test = require_try2valueof();
    var FLG = hasToStringTag();
    function isString(value) {
      if (typeof value === "object") {
        if (value instanceof String) {
          return true;
        }
        if (FLG) {
          return test(value);
        }
        return nativeClass(value) === "[object String]";
      }
      return false;
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/assert-is-string/lib/main.js
var require_main77 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive6();
    var isObject = require_object6();
    function isString(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/assert-is-string/lib/index.js
var require_lib93 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main77();
    var isPrimitive = require_primitive6();
    var isObject = require_object6();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-string-array/lib/index.js
var require_lib94 = __commonJS({
  "node_modules/@stdlib/assert-is-string-array/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var arrayfun = require_lib20();
    var isString = require_lib93();
    var isPrimitiveArray = arrayfun(isString.isPrimitive);
    var isObjectArray = arrayfun(isString.isObject);
    var isStringArray = arrayfun(isString);
    setReadOnly(isStringArray, "primitives", isPrimitiveArray);
    setReadOnly(isStringArray, "objects", isObjectArray);
    module.exports = isStringArray;
  }
});

// node_modules/@stdlib/utils-define-read-only-property/lib/main.js
var require_main78 = __commonJS({
  "node_modules/@stdlib/utils-define-read-only-property/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib5();
    function setReadOnly(obj, prop, value) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": true,
        "writable": false,
        "value": value
      });
    }
    module.exports = setReadOnly;
  }
});

// node_modules/@stdlib/utils-define-read-only-property/lib/index.js
var require_lib95 = __commonJS({
  "node_modules/@stdlib/utils-define-read-only-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main78();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/tostring.js
var require_tostring4 = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/tostring.js"(exports, module) {
    "use strict";
    function toString() {
      var str = "" + this.re;
      if (this.im < 0) {
        str += " - " + -this.im;
      } else {
        str += " + " + this.im;
      }
      str += "i";
      return str;
    }
    module.exports = toString;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/tojson.js
var require_tojson = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/tojson.js"(exports, module) {
    "use strict";
    function toJSON() {
      var out = {};
      out.type = "Complex128";
      out.re = this.re;
      out.im = this.im;
      return out;
    }
    module.exports = toJSON;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/main.js
var require_main79 = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/main.js"(exports, module) {
    "use strict";
    var isNumber = require_lib40().isPrimitive;
    var setEnumerableReadOnly = require_lib95();
    var setReadOnly = require_lib6();
    var format = require_lib4();
    var toStr = require_tostring4();
    var toJSON = require_tojson();
    function Complex128(real, imag) {
      if (!(this instanceof Complex128)) {
        throw new TypeError("invalid invocation. Constructor must be called with the `new` keyword.");
      }
      if (!isNumber(real)) {
        throw new TypeError(format("invalid argument. Real component must be a number. Value: `%s`.", real));
      }
      if (!isNumber(imag)) {
        throw new TypeError(format("invalid argument. Imaginary component must be a number. Value: `%s`.", imag));
      }
      setEnumerableReadOnly(this, "re", real);
      setEnumerableReadOnly(this, "im", imag);
      return this;
    }
    setReadOnly(Complex128, "name", "Complex128");
    setReadOnly(Complex128, "BYTES_PER_ELEMENT", 8);
    setReadOnly(Complex128.prototype, "BYTES_PER_ELEMENT", 8);
    setReadOnly(Complex128.prototype, "byteLength", 16);
    setReadOnly(Complex128.prototype, "toString", toStr);
    setReadOnly(Complex128.prototype, "toJSON", toJSON);
    module.exports = Complex128;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/index.js
var require_lib96 = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main79();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-to-float32/lib/main.js
var require_main80 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-float32/lib/main.js"(exports, module) {
    "use strict";
    var fround = typeof Math.fround === "function" ? Math.fround : null;
    module.exports = fround;
  }
});

// node_modules/@stdlib/number-float64-base-to-float32/lib/polyfill.js
var require_polyfill14 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-float32/lib/polyfill.js"(exports, module) {
    "use strict";
    var Float32Array2 = require_lib62();
    var FLOAT32_VIEW = new Float32Array2(1);
    function float64ToFloat32(x) {
      FLOAT32_VIEW[0] = x;
      return FLOAT32_VIEW[0];
    }
    module.exports = float64ToFloat32;
  }
});

// node_modules/@stdlib/number-float64-base-to-float32/lib/index.js
var require_lib97 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-float32/lib/index.js"(exports, module) {
    "use strict";
    var builtin = require_main80();
    var polyfill = require_polyfill14();
    var float64ToFloat32;
    if (typeof builtin === "function") {
      float64ToFloat32 = builtin;
    } else {
      float64ToFloat32 = polyfill;
    }
    module.exports = float64ToFloat32;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/tostring.js
var require_tostring5 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/tostring.js"(exports, module) {
    "use strict";
    function toString() {
      var str = "" + this.re;
      if (this.im < 0) {
        str += " - " + -this.im;
      } else {
        str += " + " + this.im;
      }
      str += "i";
      return str;
    }
    module.exports = toString;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/tojson.js
var require_tojson2 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/tojson.js"(exports, module) {
    "use strict";
    function toJSON() {
      var out = {};
      out.type = "Complex64";
      out.re = this.re;
      out.im = this.im;
      return out;
    }
    module.exports = toJSON;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/main.js
var require_main81 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/main.js"(exports, module) {
    "use strict";
    var isNumber = require_lib40().isPrimitive;
    var setEnumerableReadOnly = require_lib95();
    var setReadOnly = require_lib6();
    var float64ToFloat32 = require_lib97();
    var format = require_lib4();
    var toStr = require_tostring5();
    var toJSON = require_tojson2();
    function Complex64(real, imag) {
      if (!(this instanceof Complex64)) {
        throw new TypeError("invalid invocation. Constructor must be called with the `new` keyword.");
      }
      if (!isNumber(real)) {
        throw new TypeError(format("invalid argument. Real component must be a number. Value: `%s`.", real));
      }
      if (!isNumber(imag)) {
        throw new TypeError(format("invalid argument. Imaginary component must be a number. Value: `%s`.", imag));
      }
      setEnumerableReadOnly(this, "re", float64ToFloat32(real));
      setEnumerableReadOnly(this, "im", float64ToFloat32(imag));
      return this;
    }
    setReadOnly(Complex64, "name", "Complex64");
    setReadOnly(Complex64, "BYTES_PER_ELEMENT", 4);
    setReadOnly(Complex64.prototype, "BYTES_PER_ELEMENT", 4);
    setReadOnly(Complex64.prototype, "byteLength", 8);
    setReadOnly(Complex64.prototype, "toString", toStr);
    setReadOnly(Complex64.prototype, "toJSON", toJSON);
    module.exports = Complex64;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/index.js
var require_lib98 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main81();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-complex-like/lib/main.js
var require_main82 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-like/lib/main.js"(exports, module) {
    "use strict";
    var Complex128 = require_lib96();
    var Complex64 = require_lib98();
    function isComplexLike(value) {
      if (value instanceof Complex128 || value instanceof Complex64) {
        return true;
      }
      return typeof value === "object" && value !== null && typeof value.re === "number" && typeof value.im === "number";
    }
    module.exports = isComplexLike;
  }
});

// node_modules/@stdlib/assert-is-complex-like/lib/index.js
var require_lib99 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-like/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main82();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/main.js
var require_main83 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/main.js"(exports, module) {
    "use strict";
    var isInteger = require_lib35();
    function isEven(x) {
      return isInteger(x / 2);
    }
    module.exports = isEven;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/index.js
var require_lib100 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main83();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex64array/lib/main.js
var require_main84 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex64array/lib/main.js"(exports, module) {
    "use strict";
    var BYTES_PER_ELEMENT = 8;
    function isComplex64Array(value) {
      return typeof value === "object" && value !== null && value.constructor.name === "Complex64Array" && value.BYTES_PER_ELEMENT === BYTES_PER_ELEMENT;
    }
    module.exports = isComplex64Array;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex64array/lib/index.js
var require_lib101 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex64array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main84();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex128array/lib/main.js
var require_main85 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex128array/lib/main.js"(exports, module) {
    "use strict";
    var BYTES_PER_ELEMENT = 16;
    function isComplex128Array(value) {
      return typeof value === "object" && value !== null && value.constructor.name === "Complex128Array" && value.BYTES_PER_ELEMENT === BYTES_PER_ELEMENT;
    }
    module.exports = isComplex128Array;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex128array/lib/index.js
var require_lib102 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex128array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main85();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-iterator-symbol-support/lib/main.js
var require_main86 = __commonJS({
  "node_modules/@stdlib/assert-has-iterator-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib11();
    var Symbol2 = require_lib12();
    function hasIteratorSymbolSupport() {
      return typeof Symbol2 === "function" && typeof Symbol2("foo") === "symbol" && hasOwnProp(Symbol2, "iterator") && typeof Symbol2.iterator === "symbol";
    }
    module.exports = hasIteratorSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-iterator-symbol-support/lib/index.js
var require_lib103 = __commonJS({
  "node_modules/@stdlib/assert-has-iterator-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main86();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-iterator/lib/main.js
var require_main87 = __commonJS({
  "node_modules/@stdlib/symbol-iterator/lib/main.js"(exports, module) {
    "use strict";
    var hasIteratorSymbolSupport = require_lib103();
    var IteratorSymbol = hasIteratorSymbolSupport() ? Symbol.iterator : null;
    module.exports = IteratorSymbol;
  }
});

// node_modules/@stdlib/symbol-iterator/lib/index.js
var require_lib104 = __commonJS({
  "node_modules/@stdlib/symbol-iterator/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main87();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float32-real/lib/main.js
var require_main88 = __commonJS({
  "node_modules/@stdlib/complex-float32-real/lib/main.js"(exports, module) {
    "use strict";
    function real(z) {
      return z.re;
    }
    module.exports = real;
  }
});

// node_modules/@stdlib/complex-float32-real/lib/index.js
var require_lib105 = __commonJS({
  "node_modules/@stdlib/complex-float32-real/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main88();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float32-imag/lib/main.js
var require_main89 = __commonJS({
  "node_modules/@stdlib/complex-float32-imag/lib/main.js"(exports, module) {
    "use strict";
    function imag(z) {
      return z.im;
    }
    module.exports = imag;
  }
});

// node_modules/@stdlib/complex-float32-imag/lib/index.js
var require_lib106 = __commonJS({
  "node_modules/@stdlib/complex-float32-imag/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main89();
    module.exports = main;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex64/lib/main.js
var require_main90 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex64/lib/main.js"(exports, module) {
    "use strict";
    var Float32Array2 = require_lib62();
    function reinterpret(x, offset) {
      return new Float32Array2(x.buffer, x.byteOffset + x.BYTES_PER_ELEMENT * offset, 2 * (x.length - offset));
    }
    module.exports = reinterpret;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex64/lib/index.js
var require_lib107 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex64/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main90();
    module.exports = main;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex128/lib/main.js
var require_main91 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex128/lib/main.js"(exports, module) {
    "use strict";
    var Float64Array2 = require_lib59();
    function reinterpret(x, offset) {
      return new Float64Array2(x.buffer, x.byteOffset + x.BYTES_PER_ELEMENT * offset, 2 * (x.length - offset));
    }
    module.exports = reinterpret;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex128/lib/index.js
var require_lib108 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex128/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main91();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-complex64/lib/from_iterator.js
var require_from_iterator = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/from_iterator.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib91();
    var isComplexLike = require_lib99();
    var realf = require_lib105();
    var imagf = require_lib106();
    var format = require_lib4();
    function fromIterator(it) {
      var out;
      var v;
      var z;
      out = [];
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        z = v.value;
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(realf(z), imagf(z));
        } else {
          return new TypeError(format("invalid argument. An iterator must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIterator;
  }
});

// node_modules/@stdlib/array-complex64/lib/from_iterator_map.js
var require_from_iterator_map = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/from_iterator_map.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib91();
    var isComplexLike = require_lib99();
    var realf = require_lib105();
    var imagf = require_lib106();
    var format = require_lib4();
    function fromIteratorMap(it, clbk, thisArg) {
      var out;
      var v;
      var z;
      var i;
      out = [];
      i = -1;
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        i += 1;
        z = clbk.call(thisArg, v.value, i);
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(realf(z), imagf(z));
        } else {
          return new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIteratorMap;
  }
});

// node_modules/@stdlib/array-complex64/lib/from_array.js
var require_from_array = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/from_array.js"(exports, module) {
    "use strict";
    var isComplexLike = require_lib99();
    var realf = require_lib105();
    var imagf = require_lib106();
    function fromArray(buf, arr) {
      var len;
      var v;
      var i;
      var j;
      len = arr.length;
      j = 0;
      for (i = 0; i < len; i++) {
        v = arr[i];
        if (!isComplexLike(v)) {
          return null;
        }
        buf[j] = realf(v);
        buf[j + 1] = imagf(v);
        j += 2;
      }
      return buf;
    }
    module.exports = fromArray;
  }
});

// node_modules/@stdlib/array-complex64/lib/main.js
var require_main92 = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib89().isPrimitive;
    var isArrayLikeObject = require_lib91();
    var isCollection = require_lib37();
    var isArrayBuffer = require_lib92();
    var isObject = require_lib15();
    var isArray = require_lib14();
    var isStringArray = require_lib94().primitives;
    var isString = require_lib93().isPrimitive;
    var isFunction = require_lib25();
    var isComplexLike = require_lib99();
    var isEven = require_lib100();
    var isInteger = require_lib35();
    var isComplex64Array = require_lib101();
    var isComplex128Array = require_lib102();
    var hasIteratorSymbolSupport = require_lib103();
    var ITERATOR_SYMBOL = require_lib104();
    var setReadOnly = require_lib6();
    var setReadOnlyAccessor = require_lib7();
    var Float32Array2 = require_lib62();
    var Complex64 = require_lib98();
    var format = require_lib4();
    var realf = require_lib105();
    var imagf = require_lib106();
    var floor = require_lib32();
    var reinterpret64 = require_lib107();
    var reinterpret128 = require_lib108();
    var getter = require_lib53();
    var accessorGetter = require_lib55();
    var fromIterator = require_from_iterator();
    var fromIteratorMap = require_from_iterator_map();
    var fromArray = require_from_array();
    var BYTES_PER_ELEMENT = Float32Array2.BYTES_PER_ELEMENT * 2;
    var HAS_ITERATOR_SYMBOL = hasIteratorSymbolSupport();
    function isComplexArray(value) {
      return value instanceof Complex64Array || typeof value === "object" && value !== null && (value.constructor.name === "Complex64Array" || value.constructor.name === "Complex128Array") && typeof value._length === "number" && // eslint-disable-line no-underscore-dangle
      // NOTE: we don't perform a more rigorous test here for a typed array for performance reasons, as robustly checking for a typed array instance could require walking the prototype tree and performing relatively expensive constructor checks...
      typeof value._buffer === "object";
    }
    function isComplexArrayConstructor(value) {
      return value === Complex64Array || // NOTE: weaker test in order to avoid a circular dependency with Complex128Array...
      value.name === "Complex128Array";
    }
    function getComplex64(buf, idx) {
      idx *= 2;
      return new Complex64(buf[idx], buf[idx + 1]);
    }
    function Complex64Array() {
      var byteOffset;
      var nargs;
      var buf;
      var len;
      nargs = arguments.length;
      if (!(this instanceof Complex64Array)) {
        if (nargs === 0) {
          return new Complex64Array();
        }
        if (nargs === 1) {
          return new Complex64Array(arguments[0]);
        }
        if (nargs === 2) {
          return new Complex64Array(arguments[0], arguments[1]);
        }
        return new Complex64Array(arguments[0], arguments[1], arguments[2]);
      }
      if (nargs === 0) {
        buf = new Float32Array2(0);
      } else if (nargs === 1) {
        if (isNonNegativeInteger(arguments[0])) {
          buf = new Float32Array2(arguments[0] * 2);
        } else if (isCollection(arguments[0])) {
          buf = arguments[0];
          len = buf.length;
          if (len && isArray(buf) && isComplexLike(buf[0])) {
            buf = fromArray(new Float32Array2(len * 2), buf);
            if (buf === null) {
              if (!isEven(len)) {
                throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", len));
              }
              buf = new Float32Array2(arguments[0]);
            }
          } else {
            if (isComplex64Array(buf)) {
              buf = reinterpret64(buf, 0);
            } else if (isComplex128Array(buf)) {
              buf = reinterpret128(buf, 0);
            } else if (!isEven(len)) {
              throw new RangeError(format("invalid argument. Array-like object and typed array arguments must have a length which is a multiple of two. Length: `%u`.", len));
            }
            buf = new Float32Array2(buf);
          }
        } else if (isArrayBuffer(arguments[0])) {
          buf = arguments[0];
          if (!isInteger(buf.byteLength / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid argument. ArrayBuffer byte length must be a multiple of %u. Byte length: `%u`.", BYTES_PER_ELEMENT, buf.byteLength));
          }
          buf = new Float32Array2(buf);
        } else if (isObject(arguments[0])) {
          buf = arguments[0];
          if (HAS_ITERATOR_SYMBOL === false) {
            throw new TypeError(format("invalid argument. Environment lacks Symbol.iterator support. Must provide a length, ArrayBuffer, typed array, or array-like object. Value: `%s`.", buf));
          }
          if (!isFunction(buf[ITERATOR_SYMBOL])) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = buf[ITERATOR_SYMBOL]();
          if (!isFunction(buf.next)) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = fromIterator(buf);
          if (buf instanceof Error) {
            throw buf;
          }
          buf = new Float32Array2(buf);
        } else {
          throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arguments[0]));
        }
      } else {
        buf = arguments[0];
        if (!isArrayBuffer(buf)) {
          throw new TypeError(format("invalid argument. First argument must be an ArrayBuffer. Value: `%s`.", buf));
        }
        byteOffset = arguments[1];
        if (!isNonNegativeInteger(byteOffset)) {
          throw new TypeError(format("invalid argument. Byte offset must be a nonnegative integer. Value: `%s`.", byteOffset));
        }
        if (!isInteger(byteOffset / BYTES_PER_ELEMENT)) {
          throw new RangeError(format("invalid argument. Byte offset must be a multiple of %u. Value: `%u`.", BYTES_PER_ELEMENT, byteOffset));
        }
        if (nargs === 2) {
          len = buf.byteLength - byteOffset;
          if (!isInteger(len / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid arguments. ArrayBuffer view byte length must be a multiple of %u. View byte length: `%u`.", BYTES_PER_ELEMENT, len));
          }
          buf = new Float32Array2(buf, byteOffset);
        } else {
          len = arguments[2];
          if (!isNonNegativeInteger(len)) {
            throw new TypeError(format("invalid argument. Length must be a nonnegative integer. Value: `%s`.", len));
          }
          if (len * BYTES_PER_ELEMENT > buf.byteLength - byteOffset) {
            throw new RangeError(format("invalid arguments. ArrayBuffer has insufficient capacity. Either decrease the array length or provide a bigger buffer. Minimum capacity: `%u`.", len * BYTES_PER_ELEMENT));
          }
          buf = new Float32Array2(buf, byteOffset, len * 2);
        }
      }
      setReadOnly(this, "_buffer", buf);
      setReadOnly(this, "_length", buf.length / 2);
      return this;
    }
    setReadOnly(Complex64Array, "BYTES_PER_ELEMENT", BYTES_PER_ELEMENT);
    setReadOnly(Complex64Array, "name", "Complex64Array");
    setReadOnly(Complex64Array, "from", function from(src) {
      var thisArg;
      var nargs;
      var clbk;
      var out;
      var buf;
      var tmp;
      var get;
      var len;
      var flg;
      var v;
      var i;
      var j;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      nargs = arguments.length;
      if (nargs > 1) {
        clbk = arguments[1];
        if (!isFunction(clbk)) {
          throw new TypeError(format("invalid argument. Second argument must be a function. Value: `%s`.", clbk));
        }
        if (nargs > 2) {
          thisArg = arguments[2];
        }
      }
      if (isComplexArray(src)) {
        len = src.length;
        if (clbk) {
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, src.get(i), i);
            if (isComplexLike(v)) {
              buf[j] = realf(v);
              buf[j + 1] = imagf(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isCollection(src)) {
        if (clbk) {
          len = src.length;
          if (src.get && src.set) {
            get = accessorGetter("default");
          } else {
            get = getter("default");
          }
          for (i = 0; i < len; i++) {
            if (!isComplexLike(get(src, i))) {
              flg = true;
              break;
            }
          }
          if (flg) {
            if (!isEven(len)) {
              throw new RangeError(format("invalid argument. First argument must have a length which is a multiple of %u. Length: `%u`.", 2, len));
            }
            out = new this(len / 2);
            buf = out._buffer;
            for (i = 0; i < len; i++) {
              buf[i] = clbk.call(thisArg, get(src, i), i);
            }
            return out;
          }
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, get(src, i), i);
            if (isComplexLike(v)) {
              buf[j] = realf(v);
              buf[j + 1] = imagf(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isObject(src) && HAS_ITERATOR_SYMBOL && isFunction(src[ITERATOR_SYMBOL])) {
        buf = src[ITERATOR_SYMBOL]();
        if (!isFunction(buf.next)) {
          throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
        }
        if (clbk) {
          tmp = fromIteratorMap(buf, clbk, thisArg);
        } else {
          tmp = fromIterator(buf);
        }
        if (tmp instanceof Error) {
          throw tmp;
        }
        len = tmp.length / 2;
        out = new this(len);
        buf = out._buffer;
        for (i = 0; i < len; i++) {
          buf[i] = tmp[i];
        }
        return out;
      }
      throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
    });
    setReadOnly(Complex64Array, "of", function of() {
      var args;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      args = [];
      for (i = 0; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return new this(args);
    });
    setReadOnly(Complex64Array.prototype, "at", function at(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide an integer. Value: `%s`.", idx));
      }
      if (idx < 0) {
        idx += this._length;
      }
      if (idx < 0 || idx >= this._length) {
        return;
      }
      return getComplex64(this._buffer, idx);
    });
    setReadOnlyAccessor(Complex64Array.prototype, "buffer", function get() {
      return this._buffer.buffer;
    });
    setReadOnlyAccessor(Complex64Array.prototype, "byteLength", function get() {
      return this._buffer.byteLength;
    });
    setReadOnlyAccessor(Complex64Array.prototype, "byteOffset", function get() {
      return this._buffer.byteOffset;
    });
    setReadOnly(Complex64Array.prototype, "BYTES_PER_ELEMENT", Complex64Array.BYTES_PER_ELEMENT);
    setReadOnly(Complex64Array.prototype, "copyWithin", function copyWithin(target, start) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 2) {
        this._buffer.copyWithin(target * 2, start * 2);
      } else {
        this._buffer.copyWithin(target * 2, start * 2, arguments[2] * 2);
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "entries", function entries() {
      var self2;
      var iter;
      var len;
      var buf;
      var FLG;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": [i, getComplex64(buf, i)],
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.entries();
      }
    });
    setReadOnly(Complex64Array.prototype, "every", function every(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (!predicate.call(thisArg, getComplex64(buf, i), i, this)) {
          return false;
        }
      }
      return true;
    });
    setReadOnly(Complex64Array.prototype, "fill", function fill(value, start, end) {
      var buf;
      var len;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", value));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length > 2) {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Third argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          }
          if (end > len) {
            end = len;
          }
        } else {
          end = len;
        }
      } else {
        start = 0;
        end = len;
      }
      re = realf(value);
      im = imagf(value);
      for (i = start; i < end; i++) {
        idx = 2 * i;
        buf[idx] = re;
        buf[idx + 1] = im;
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "filter", function filter(predicate, thisArg) {
      var buf;
      var out;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          out.push(z);
        }
      }
      return new this.constructor(out);
    });
    setReadOnly(Complex64Array.prototype, "find", function find(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex64Array.prototype, "findIndex", function findIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex64Array.prototype, "findLast", function findLast(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex64Array.prototype, "findLastIndex", function findLastIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex64Array.prototype, "forEach", function forEach(fcn, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        fcn.call(thisArg, z, i, this);
      }
    });
    setReadOnly(Complex64Array.prototype, "get", function get(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isNonNegativeInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide a nonnegative integer. Value: `%s`.", idx));
      }
      if (idx >= this._length) {
        return;
      }
      return getComplex64(this._buffer, idx);
    });
    setReadOnly(Complex64Array.prototype, "includes", function includes(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = realf(searchElement);
      im = imagf(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex64Array.prototype, "indexOf", function indexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = realf(searchElement);
      im = imagf(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex64Array.prototype, "join", function join(separator) {
      var out;
      var buf;
      var sep;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        sep = ",";
      } else if (isString(separator)) {
        sep = separator;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", separator));
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex64(buf, i).toString());
      }
      return out.join(sep);
    });
    setReadOnly(Complex64Array.prototype, "keys", function keys() {
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": i,
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.keys();
      }
    });
    setReadOnly(Complex64Array.prototype, "lastIndexOf", function lastIndexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex >= this._length) {
          fromIndex = this._length - 1;
        } else if (fromIndex < 0) {
          fromIndex += this._length;
        }
      } else {
        fromIndex = this._length - 1;
      }
      re = realf(searchElement);
      im = imagf(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i >= 0; i--) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnlyAccessor(Complex64Array.prototype, "length", function get() {
      return this._length;
    });
    setReadOnly(Complex64Array.prototype, "map", function map(fcn, thisArg) {
      var outbuf;
      var buf;
      var out;
      var i;
      var v;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      out = new this.constructor(this._length);
      outbuf = out._buffer;
      for (i = 0; i < this._length; i++) {
        v = fcn.call(thisArg, getComplex64(buf, i), i, this);
        if (isComplexLike(v)) {
          outbuf[2 * i] = realf(v);
          outbuf[2 * i + 1] = imagf(v);
        } else if (isArrayLikeObject(v) && v.length === 2) {
          outbuf[2 * i] = v[0];
          outbuf[2 * i + 1] = v[1];
        } else {
          throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
        }
      }
      return out;
    });
    setReadOnly(Complex64Array.prototype, "reduce", function reduce(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = 0;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex64(buf, 0);
        i = 1;
      }
      for (; i < len; i++) {
        v = getComplex64(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex64Array.prototype, "reduceRight", function reduceRight(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = len - 1;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex64(buf, len - 1);
        i = len - 2;
      }
      for (; i >= 0; i--) {
        v = getComplex64(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex64Array.prototype, "reverse", function reverse() {
      var buf;
      var tmp;
      var len;
      var N;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      buf = this._buffer;
      N = floor(len / 2);
      for (i = 0; i < N; i++) {
        j = len - i - 1;
        tmp = buf[2 * i];
        buf[2 * i] = buf[2 * j];
        buf[2 * j] = tmp;
        tmp = buf[2 * i + 1];
        buf[2 * i + 1] = buf[2 * j + 1];
        buf[2 * j + 1] = tmp;
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "set", function set(value) {
      var sbuf;
      var idx;
      var buf;
      var tmp;
      var flg;
      var N;
      var v;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      if (arguments.length > 1) {
        idx = arguments[1];
        if (!isNonNegativeInteger(idx)) {
          throw new TypeError(format("invalid argument. Index argument must be a nonnegative integer. Value: `%s`.", idx));
        }
      } else {
        idx = 0;
      }
      if (isComplexLike(value)) {
        if (idx >= this._length) {
          throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%u`.", idx));
        }
        idx *= 2;
        buf[idx] = realf(value);
        buf[idx + 1] = imagf(value);
        return;
      }
      if (isComplexArray(value)) {
        N = value._length;
        if (idx + N > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        sbuf = value._buffer;
        j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
        if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
          tmp = new Float32Array2(sbuf.length);
          for (i = 0; i < sbuf.length; i++) {
            tmp[i] = sbuf[i];
          }
          sbuf = tmp;
        }
        idx *= 2;
        j = 0;
        for (i = 0; i < N; i++) {
          buf[idx] = sbuf[j];
          buf[idx + 1] = sbuf[j + 1];
          idx += 2;
          j += 2;
        }
        return;
      }
      if (isCollection(value)) {
        N = value.length;
        for (i = 0; i < N; i++) {
          if (!isComplexLike(value[i])) {
            flg = true;
            break;
          }
        }
        if (flg) {
          if (!isEven(N)) {
            throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", N));
          }
          if (idx + N / 2 > this._length) {
            throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
          }
          sbuf = value;
          j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
          if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
            tmp = new Float32Array2(N);
            for (i = 0; i < N; i++) {
              tmp[i] = sbuf[i];
            }
            sbuf = tmp;
          }
          idx *= 2;
          N /= 2;
          j = 0;
          for (i = 0; i < N; i++) {
            buf[idx] = sbuf[j];
            buf[idx + 1] = sbuf[j + 1];
            idx += 2;
            j += 2;
          }
          return;
        }
        if (idx + N > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        idx *= 2;
        for (i = 0; i < N; i++) {
          v = value[i];
          buf[idx] = realf(v);
          buf[idx + 1] = imagf(v);
          idx += 2;
        }
        return;
      }
      throw new TypeError(format("invalid argument. First argument must be either a complex number, an array-like object, or a complex number array. Value: `%s`.", value));
    });
    setReadOnly(Complex64Array.prototype, "slice", function slice(start, end) {
      var outlen;
      var outbuf;
      var out;
      var idx;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        start = 0;
        end = len;
      } else {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (start < end) {
        outlen = end - start;
      } else {
        outlen = 0;
      }
      out = new this.constructor(outlen);
      outbuf = out._buffer;
      for (i = 0; i < outlen; i++) {
        idx = 2 * (i + start);
        outbuf[2 * i] = buf[idx];
        outbuf[2 * i + 1] = buf[idx + 1];
      }
      return out;
    });
    setReadOnly(Complex64Array.prototype, "some", function some(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (predicate.call(thisArg, getComplex64(buf, i), i, this)) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex64Array.prototype, "sort", function sort(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex64(buf, i));
      }
      tmp.sort(compareFcn);
      for (i = 0; i < len; i++) {
        j = 2 * i;
        buf[j] = realf(tmp[i]);
        buf[j + 1] = imagf(tmp[i]);
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "subarray", function subarray(begin, end) {
      var offset;
      var buf;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin >= len) {
        len = 0;
        offset = buf.byteLength;
      } else if (begin >= end) {
        len = 0;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      } else {
        len = end - begin;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      }
      return new this.constructor(buf.buffer, offset, len < 0 ? 0 : len);
    });
    setReadOnly(Complex64Array.prototype, "toLocaleString", function toLocaleString(locales, options) {
      var opts;
      var loc;
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        loc = [];
      } else if (isString(locales) || isStringArray(locales)) {
        loc = locales;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string or an array of strings. Value: `%s`.", locales));
      }
      if (arguments.length < 2) {
        opts = {};
      } else if (isObject(options)) {
        opts = options;
      } else {
        throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        out.push(getComplex64(buf, i).toLocaleString(loc, opts));
      }
      return out.join(",");
    });
    setReadOnly(Complex64Array.prototype, "toReversed", function toReversed() {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        j = len - i - 1;
        outbuf[2 * i] = buf[2 * j];
        outbuf[2 * i + 1] = buf[2 * j + 1];
      }
      return out;
    });
    setReadOnly(Complex64Array.prototype, "toSorted", function toSorted(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex64(buf, i));
      }
      tmp.sort(compareFcn);
      return new Complex64Array(tmp);
    });
    setReadOnly(Complex64Array.prototype, "toString", function toString() {
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex64(buf, i).toString());
      }
      return out.join(",");
    });
    setReadOnly(Complex64Array.prototype, "values", function values() {
      var iter;
      var self2;
      var len;
      var FLG;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": getComplex64(buf, i),
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.values();
      }
    });
    setReadOnly(Complex64Array.prototype, "with", function copyWith(index, value) {
      var buf;
      var out;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(index)) {
        throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", index));
      }
      len = this._length;
      if (index < 0) {
        index += len;
      }
      if (index < 0 || index >= len) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%s`.", index));
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. Second argument must be a complex number. Value: `%s`.", value));
      }
      out = new this.constructor(this._buffer);
      buf = out._buffer;
      buf[2 * index] = realf(value);
      buf[2 * index + 1] = imagf(value);
      return out;
    });
    module.exports = Complex64Array;
  }
});

// node_modules/@stdlib/array-complex64/lib/index.js
var require_lib109 = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main92();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float64-real/lib/main.js
var require_main93 = __commonJS({
  "node_modules/@stdlib/complex-float64-real/lib/main.js"(exports, module) {
    "use strict";
    function real(z) {
      return z.re;
    }
    module.exports = real;
  }
});

// node_modules/@stdlib/complex-float64-real/lib/index.js
var require_lib110 = __commonJS({
  "node_modules/@stdlib/complex-float64-real/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main93();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float64-imag/lib/main.js
var require_main94 = __commonJS({
  "node_modules/@stdlib/complex-float64-imag/lib/main.js"(exports, module) {
    "use strict";
    function imag(z) {
      return z.im;
    }
    module.exports = imag;
  }
});

// node_modules/@stdlib/complex-float64-imag/lib/index.js
var require_lib111 = __commonJS({
  "node_modules/@stdlib/complex-float64-imag/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main94();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-complex128/lib/from_iterator.js
var require_from_iterator2 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/from_iterator.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib91();
    var isComplexLike = require_lib99();
    var format = require_lib4();
    var real = require_lib110();
    var imag = require_lib111();
    function fromIterator(it) {
      var out;
      var v;
      var z;
      out = [];
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        z = v.value;
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(real(z), imag(z));
        } else {
          return new TypeError(format("invalid argument. An iterator must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIterator;
  }
});

// node_modules/@stdlib/array-complex128/lib/from_iterator_map.js
var require_from_iterator_map2 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/from_iterator_map.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib91();
    var isComplexLike = require_lib99();
    var format = require_lib4();
    var real = require_lib110();
    var imag = require_lib111();
    function fromIteratorMap(it, clbk, thisArg) {
      var out;
      var v;
      var z;
      var i;
      out = [];
      i = -1;
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        i += 1;
        z = clbk.call(thisArg, v.value, i);
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(real(z), imag(z));
        } else {
          return new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIteratorMap;
  }
});

// node_modules/@stdlib/array-complex128/lib/from_array.js
var require_from_array2 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/from_array.js"(exports, module) {
    "use strict";
    var isComplexLike = require_lib99();
    var real = require_lib110();
    var imag = require_lib111();
    function fromArray(buf, arr) {
      var len;
      var v;
      var i;
      var j;
      len = arr.length;
      j = 0;
      for (i = 0; i < len; i++) {
        v = arr[i];
        if (!isComplexLike(v)) {
          return null;
        }
        buf[j] = real(v);
        buf[j + 1] = imag(v);
        j += 2;
      }
      return buf;
    }
    module.exports = fromArray;
  }
});

// node_modules/@stdlib/array-complex128/lib/main.js
var require_main95 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib89().isPrimitive;
    var isArrayLikeObject = require_lib91();
    var isCollection = require_lib37();
    var isArrayBuffer = require_lib92();
    var isObject = require_lib15();
    var isArray = require_lib14();
    var isStringArray = require_lib94().primitives;
    var isString = require_lib93();
    var isFunction = require_lib25();
    var isComplexLike = require_lib99();
    var isEven = require_lib100();
    var isInteger = require_lib35();
    var isComplex64Array = require_lib101();
    var isComplex128Array = require_lib102();
    var hasIteratorSymbolSupport = require_lib103();
    var ITERATOR_SYMBOL = require_lib104();
    var setReadOnly = require_lib6();
    var setReadOnlyAccessor = require_lib7();
    var Float64Array2 = require_lib59();
    var Complex128 = require_lib96();
    var real = require_lib110();
    var imag = require_lib111();
    var floor = require_lib32();
    var reinterpret64 = require_lib107();
    var reinterpret128 = require_lib108();
    var getter = require_lib53();
    var accessorGetter = require_lib55();
    var format = require_lib4();
    var fromIterator = require_from_iterator2();
    var fromIteratorMap = require_from_iterator_map2();
    var fromArray = require_from_array2();
    var BYTES_PER_ELEMENT = Float64Array2.BYTES_PER_ELEMENT * 2;
    var HAS_ITERATOR_SYMBOL = hasIteratorSymbolSupport();
    function isComplexArray(value) {
      return value instanceof Complex128Array || typeof value === "object" && value !== null && (value.constructor.name === "Complex64Array" || value.constructor.name === "Complex128Array") && typeof value._length === "number" && // eslint-disable-line no-underscore-dangle
      // NOTE: we don't perform a more rigorous test here for a typed array for performance reasons, as robustly checking for a typed array instance could require walking the prototype tree and performing relatively expensive constructor checks...
      typeof value._buffer === "object";
    }
    function isComplexArrayConstructor(value) {
      return value === Complex128Array || // NOTE: weaker test in order to avoid a circular dependency with Complex64Array...
      value.name === "Complex64Array";
    }
    function getComplex128(buf, idx) {
      idx *= 2;
      return new Complex128(buf[idx], buf[idx + 1]);
    }
    function Complex128Array() {
      var byteOffset;
      var nargs;
      var buf;
      var len;
      nargs = arguments.length;
      if (!(this instanceof Complex128Array)) {
        if (nargs === 0) {
          return new Complex128Array();
        }
        if (nargs === 1) {
          return new Complex128Array(arguments[0]);
        }
        if (nargs === 2) {
          return new Complex128Array(arguments[0], arguments[1]);
        }
        return new Complex128Array(arguments[0], arguments[1], arguments[2]);
      }
      if (nargs === 0) {
        buf = new Float64Array2(0);
      } else if (nargs === 1) {
        if (isNonNegativeInteger(arguments[0])) {
          buf = new Float64Array2(arguments[0] * 2);
        } else if (isCollection(arguments[0])) {
          buf = arguments[0];
          len = buf.length;
          if (len && isArray(buf) && isComplexLike(buf[0])) {
            buf = fromArray(new Float64Array2(len * 2), buf);
            if (buf === null) {
              if (!isEven(len)) {
                throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", len));
              }
              buf = new Float64Array2(arguments[0]);
            }
          } else {
            if (isComplex64Array(buf)) {
              buf = reinterpret64(buf, 0);
            } else if (isComplex128Array(buf)) {
              buf = reinterpret128(buf, 0);
            } else if (!isEven(len)) {
              throw new RangeError(format("invalid argument. Array-like object and typed array arguments must have a length which is a multiple of two. Length: `%u`.", len));
            }
            buf = new Float64Array2(buf);
          }
        } else if (isArrayBuffer(arguments[0])) {
          buf = arguments[0];
          if (!isInteger(buf.byteLength / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid argument. ArrayBuffer byte length must be a multiple of %u. Byte length: `%u`.", BYTES_PER_ELEMENT, buf.byteLength));
          }
          buf = new Float64Array2(buf);
        } else if (isObject(arguments[0])) {
          buf = arguments[0];
          if (HAS_ITERATOR_SYMBOL === false) {
            throw new TypeError(format("invalid argument. Environment lacks Symbol.iterator support. Must provide a length, ArrayBuffer, typed array, or array-like object. Value: `%s`.", buf));
          }
          if (!isFunction(buf[ITERATOR_SYMBOL])) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = buf[ITERATOR_SYMBOL]();
          if (!isFunction(buf.next)) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = fromIterator(buf);
          if (buf instanceof Error) {
            throw buf;
          }
          buf = new Float64Array2(buf);
        } else {
          throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arguments[0]));
        }
      } else {
        buf = arguments[0];
        if (!isArrayBuffer(buf)) {
          throw new TypeError(format("invalid argument. First argument must be an ArrayBuffer. Value: `%s`.", buf));
        }
        byteOffset = arguments[1];
        if (!isNonNegativeInteger(byteOffset)) {
          throw new TypeError(format("invalid argument. Byte offset must be a nonnegative integer. Value: `%s`.", byteOffset));
        }
        if (!isInteger(byteOffset / BYTES_PER_ELEMENT)) {
          throw new RangeError(format("invalid argument. Byte offset must be a multiple of %u. Value: `%u`.", BYTES_PER_ELEMENT, byteOffset));
        }
        if (nargs === 2) {
          len = buf.byteLength - byteOffset;
          if (!isInteger(len / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid arguments. ArrayBuffer view byte length must be a multiple of %u. View byte length: `%u`.", BYTES_PER_ELEMENT, len));
          }
          buf = new Float64Array2(buf, byteOffset);
        } else {
          len = arguments[2];
          if (!isNonNegativeInteger(len)) {
            throw new TypeError(format("invalid argument. Length must be a nonnegative integer. Value: `%s`.", len));
          }
          if (len * BYTES_PER_ELEMENT > buf.byteLength - byteOffset) {
            throw new RangeError(format("invalid arguments. ArrayBuffer has insufficient capacity. Either decrease the array length or provide a bigger buffer. Minimum capacity: `%u`.", len * BYTES_PER_ELEMENT));
          }
          buf = new Float64Array2(buf, byteOffset, len * 2);
        }
      }
      setReadOnly(this, "_buffer", buf);
      setReadOnly(this, "_length", buf.length / 2);
      return this;
    }
    setReadOnly(Complex128Array, "BYTES_PER_ELEMENT", BYTES_PER_ELEMENT);
    setReadOnly(Complex128Array, "name", "Complex128Array");
    setReadOnly(Complex128Array, "from", function from(src) {
      var thisArg;
      var nargs;
      var clbk;
      var out;
      var buf;
      var tmp;
      var get;
      var len;
      var flg;
      var v;
      var i;
      var j;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      nargs = arguments.length;
      if (nargs > 1) {
        clbk = arguments[1];
        if (!isFunction(clbk)) {
          throw new TypeError(format("invalid argument. Second argument must be a function. Value: `%s`.", clbk));
        }
        if (nargs > 2) {
          thisArg = arguments[2];
        }
      }
      if (isComplexArray(src)) {
        len = src.length;
        if (clbk) {
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, src.get(i), i);
            if (isComplexLike(v)) {
              buf[j] = real(v);
              buf[j + 1] = imag(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isCollection(src)) {
        if (clbk) {
          len = src.length;
          if (src.get && src.set) {
            get = accessorGetter("default");
          } else {
            get = getter("default");
          }
          for (i = 0; i < len; i++) {
            if (!isComplexLike(get(src, i))) {
              flg = true;
              break;
            }
          }
          if (flg) {
            if (!isEven(len)) {
              throw new RangeError(format("invalid argument. First argument must have a length which is a multiple of two. Length: `%u`.", len));
            }
            out = new this(len / 2);
            buf = out._buffer;
            for (i = 0; i < len; i++) {
              buf[i] = clbk.call(thisArg, get(src, i), i);
            }
            return out;
          }
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, get(src, i), i);
            if (isComplexLike(v)) {
              buf[j] = real(v);
              buf[j + 1] = imag(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isObject(src) && HAS_ITERATOR_SYMBOL && isFunction(src[ITERATOR_SYMBOL])) {
        buf = src[ITERATOR_SYMBOL]();
        if (!isFunction(buf.next)) {
          throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
        }
        if (clbk) {
          tmp = fromIteratorMap(buf, clbk, thisArg);
        } else {
          tmp = fromIterator(buf);
        }
        if (tmp instanceof Error) {
          throw tmp;
        }
        len = tmp.length / 2;
        out = new this(len);
        buf = out._buffer;
        for (i = 0; i < len; i++) {
          buf[i] = tmp[i];
        }
        return out;
      }
      throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
    });
    setReadOnly(Complex128Array, "of", function of() {
      var args;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      args = [];
      for (i = 0; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return new this(args);
    });
    setReadOnly(Complex128Array.prototype, "at", function at(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide an integer. Value: `%s`.", idx));
      }
      if (idx < 0) {
        idx += this._length;
      }
      if (idx < 0 || idx >= this._length) {
        return;
      }
      return getComplex128(this._buffer, idx);
    });
    setReadOnlyAccessor(Complex128Array.prototype, "buffer", function get() {
      return this._buffer.buffer;
    });
    setReadOnlyAccessor(Complex128Array.prototype, "byteLength", function get() {
      return this._buffer.byteLength;
    });
    setReadOnlyAccessor(Complex128Array.prototype, "byteOffset", function get() {
      return this._buffer.byteOffset;
    });
    setReadOnly(Complex128Array.prototype, "BYTES_PER_ELEMENT", Complex128Array.BYTES_PER_ELEMENT);
    setReadOnly(Complex128Array.prototype, "copyWithin", function copyWithin(target, start) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 2) {
        this._buffer.copyWithin(target * 2, start * 2);
      } else {
        this._buffer.copyWithin(target * 2, start * 2, arguments[2] * 2);
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "entries", function entries() {
      var buffer;
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buffer = this._buffer;
      len = this._length;
      i = -1;
      j = -2;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        var z;
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        j += 2;
        z = new Complex128(buffer[j], buffer[j + 1]);
        return {
          "value": [i, z],
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.entries();
      }
    });
    setReadOnly(Complex128Array.prototype, "every", function every(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (!predicate.call(thisArg, getComplex128(buf, i), i, this)) {
          return false;
        }
      }
      return true;
    });
    setReadOnly(Complex128Array.prototype, "fill", function fill(value, start, end) {
      var buf;
      var len;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", value));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length > 2) {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Third argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          }
          if (end > len) {
            end = len;
          }
        } else {
          end = len;
        }
      } else {
        start = 0;
        end = len;
      }
      re = real(value);
      im = imag(value);
      for (i = start; i < end; i++) {
        idx = 2 * i;
        buf[idx] = re;
        buf[idx + 1] = im;
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "filter", function filter(predicate, thisArg) {
      var buf;
      var out;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          out.push(z);
        }
      }
      return new this.constructor(out);
    });
    setReadOnly(Complex128Array.prototype, "find", function find(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex128Array.prototype, "findIndex", function findIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "findLast", function findLast(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex128Array.prototype, "findLastIndex", function findLastIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "forEach", function forEach(fcn, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        fcn.call(thisArg, z, i, this);
      }
    });
    setReadOnly(Complex128Array.prototype, "get", function get(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isNonNegativeInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide a nonnegative integer. Value: `%s`.", idx));
      }
      if (idx >= this._length) {
        return;
      }
      return getComplex128(this._buffer, idx);
    });
    setReadOnlyAccessor(Complex128Array.prototype, "length", function get() {
      return this._length;
    });
    setReadOnly(Complex128Array.prototype, "includes", function includes(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = real(searchElement);
      im = imag(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex128Array.prototype, "indexOf", function indexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = real(searchElement);
      im = imag(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "join", function join(separator) {
      var out;
      var buf;
      var sep;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        sep = ",";
      } else if (isString(separator)) {
        sep = separator;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", separator));
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex128(buf, i).toString());
      }
      return out.join(sep);
    });
    setReadOnly(Complex128Array.prototype, "keys", function keys() {
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": i,
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.keys();
      }
    });
    setReadOnly(Complex128Array.prototype, "lastIndexOf", function lastIndexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex >= this._length) {
          fromIndex = this._length - 1;
        } else if (fromIndex < 0) {
          fromIndex += this._length;
        }
      } else {
        fromIndex = this._length - 1;
      }
      re = real(searchElement);
      im = imag(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i >= 0; i--) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "map", function map(fcn, thisArg) {
      var outbuf;
      var buf;
      var out;
      var i;
      var v;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      out = new this.constructor(this._length);
      outbuf = out._buffer;
      for (i = 0; i < this._length; i++) {
        v = fcn.call(thisArg, getComplex128(buf, i), i, this);
        if (isComplexLike(v)) {
          outbuf[2 * i] = real(v);
          outbuf[2 * i + 1] = imag(v);
        } else if (isArrayLikeObject(v) && v.length === 2) {
          outbuf[2 * i] = v[0];
          outbuf[2 * i + 1] = v[1];
        } else {
          throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
        }
      }
      return out;
    });
    setReadOnly(Complex128Array.prototype, "reduce", function reduce(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = 0;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex128(buf, 0);
        i = 1;
      }
      for (; i < len; i++) {
        v = getComplex128(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex128Array.prototype, "reduceRight", function reduceRight(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = len - 1;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex128(buf, len - 1);
        i = len - 2;
      }
      for (; i >= 0; i--) {
        v = getComplex128(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex128Array.prototype, "reverse", function reverse() {
      var buf;
      var tmp;
      var len;
      var N;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      buf = this._buffer;
      N = floor(len / 2);
      for (i = 0; i < N; i++) {
        j = len - i - 1;
        tmp = buf[2 * i];
        buf[2 * i] = buf[2 * j];
        buf[2 * j] = tmp;
        tmp = buf[2 * i + 1];
        buf[2 * i + 1] = buf[2 * j + 1];
        buf[2 * j + 1] = tmp;
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "set", function set(value) {
      var sbuf;
      var idx;
      var buf;
      var tmp;
      var flg;
      var N;
      var v;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      if (arguments.length > 1) {
        idx = arguments[1];
        if (!isNonNegativeInteger(idx)) {
          throw new TypeError(format("invalid argument. Index argument must be a nonnegative integer. Value: `%s`.", idx));
        }
      } else {
        idx = 0;
      }
      if (isComplexLike(value)) {
        if (idx >= this._length) {
          throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%u`.", idx));
        }
        idx *= 2;
        buf[idx] = real(value);
        buf[idx + 1] = imag(value);
        return;
      }
      if (isComplexArray(value)) {
        N = value._length;
        if (idx + N > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        sbuf = value._buffer;
        j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
        if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
          tmp = new Float64Array2(sbuf.length);
          for (i = 0; i < sbuf.length; i++) {
            tmp[i] = sbuf[i];
          }
          sbuf = tmp;
        }
        idx *= 2;
        j = 0;
        for (i = 0; i < N; i++) {
          buf[idx] = sbuf[j];
          buf[idx + 1] = sbuf[j + 1];
          idx += 2;
          j += 2;
        }
        return;
      }
      if (isCollection(value)) {
        N = value.length;
        for (i = 0; i < N; i++) {
          if (!isComplexLike(value[i])) {
            flg = true;
            break;
          }
        }
        if (flg) {
          if (!isEven(N)) {
            throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", N));
          }
          if (idx + N / 2 > this._length) {
            throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
          }
          sbuf = value;
          j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
          if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
            tmp = new Float64Array2(N);
            for (i = 0; i < N; i++) {
              tmp[i] = sbuf[i];
            }
            sbuf = tmp;
          }
          idx *= 2;
          N /= 2;
          j = 0;
          for (i = 0; i < N; i++) {
            buf[idx] = sbuf[j];
            buf[idx + 1] = sbuf[j + 1];
            idx += 2;
            j += 2;
          }
          return;
        }
        if (idx + N > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        idx *= 2;
        for (i = 0; i < N; i++) {
          v = value[i];
          buf[idx] = real(v);
          buf[idx + 1] = imag(v);
          idx += 2;
        }
        return;
      }
      throw new TypeError(format("invalid argument. First argument must be either a complex number, an array-like object, or a complex number array. Value: `%s`.", value));
    });
    setReadOnly(Complex128Array.prototype, "slice", function slice(start, end) {
      var outlen;
      var outbuf;
      var out;
      var idx;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        start = 0;
        end = len;
      } else {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (start < end) {
        outlen = end - start;
      } else {
        outlen = 0;
      }
      out = new this.constructor(outlen);
      outbuf = out._buffer;
      for (i = 0; i < outlen; i++) {
        idx = 2 * (i + start);
        outbuf[2 * i] = buf[idx];
        outbuf[2 * i + 1] = buf[idx + 1];
      }
      return out;
    });
    setReadOnly(Complex128Array.prototype, "some", function some(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (predicate.call(thisArg, getComplex128(buf, i), i, this)) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex128Array.prototype, "sort", function sort(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex128(buf, i));
      }
      tmp.sort(compareFcn);
      for (i = 0; i < len; i++) {
        j = 2 * i;
        buf[j] = real(tmp[i]);
        buf[j + 1] = imag(tmp[i]);
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "subarray", function subarray(begin, end) {
      var offset;
      var buf;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin >= len) {
        len = 0;
        offset = buf.byteLength;
      } else if (begin >= end) {
        len = 0;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      } else {
        len = end - begin;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      }
      return new this.constructor(buf.buffer, offset, len < 0 ? 0 : len);
    });
    setReadOnly(Complex128Array.prototype, "toLocaleString", function toLocaleString(locales, options) {
      var opts;
      var loc;
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        loc = [];
      } else if (isString(locales) || isStringArray(locales)) {
        loc = locales;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string or an array of strings. Value: `%s`.", locales));
      }
      if (arguments.length < 2) {
        opts = {};
      } else if (isObject(options)) {
        opts = options;
      } else {
        throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        out.push(getComplex128(buf, i).toLocaleString(loc, opts));
      }
      return out.join(",");
    });
    setReadOnly(Complex128Array.prototype, "toReversed", function toReversed() {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        j = len - i - 1;
        outbuf[2 * i] = buf[2 * j];
        outbuf[2 * i + 1] = buf[2 * j + 1];
      }
      return out;
    });
    setReadOnly(Complex128Array.prototype, "toSorted", function toSorted(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex128(buf, i));
      }
      tmp.sort(compareFcn);
      return new Complex128Array(tmp);
    });
    setReadOnly(Complex128Array.prototype, "toString", function toString() {
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex128(buf, i).toString());
      }
      return out.join(",");
    });
    setReadOnly(Complex128Array.prototype, "values", function values() {
      var iter;
      var self2;
      var len;
      var FLG;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": getComplex128(buf, i),
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.values();
      }
    });
    setReadOnly(Complex128Array.prototype, "with", function copyWith(index, value) {
      var buf;
      var out;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(index)) {
        throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", index));
      }
      len = this._length;
      if (index < 0) {
        index += len;
      }
      if (index < 0 || index >= len) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%s`.", index));
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. Second argument must be a complex number. Value: `%s`.", value));
      }
      out = new this.constructor(this._buffer);
      buf = out._buffer;
      buf[2 * index] = real(value);
      buf[2 * index + 1] = imag(value);
      return out;
    });
    module.exports = Complex128Array;
  }
});

// node_modules/@stdlib/array-complex128/lib/index.js
var require_lib112 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main95();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-bool/lib/from_iterator.js
var require_from_iterator3 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/from_iterator.js"(exports, module) {
    "use strict";
    var Boolean2 = require_lib16();
    function fromIterator(it) {
      var out;
      var v;
      out = [];
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        out.push(Boolean2(v.value));
      }
      return out;
    }
    module.exports = fromIterator;
  }
});

// node_modules/@stdlib/array-bool/lib/from_iterator_map.js
var require_from_iterator_map3 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/from_iterator_map.js"(exports, module) {
    "use strict";
    var Boolean2 = require_lib16();
    function fromIteratorMap(it, clbk, thisArg) {
      var out;
      var v;
      var i;
      out = [];
      i = -1;
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        i += 1;
        out.push(Boolean2(clbk.call(thisArg, v.value, i)));
      }
      return out;
    }
    module.exports = fromIteratorMap;
  }
});

// node_modules/@stdlib/array-bool/lib/from_array.js
var require_from_array3 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/from_array.js"(exports, module) {
    "use strict";
    var Boolean2 = require_lib16();
    function fromArray(buf, arr) {
      var len;
      var i;
      len = arr.length;
      for (i = 0; i < len; i++) {
        buf[i] = Boolean2(arr[i]);
      }
      return buf;
    }
    module.exports = fromArray;
  }
});

// node_modules/@stdlib/array-bool/lib/main.js
var require_main96 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib89().isPrimitive;
    var isCollection = require_lib37();
    var isArrayBuffer = require_lib92();
    var isObject = require_lib15();
    var isFunction = require_lib25();
    var isBoolean = require_lib17().isPrimitive;
    var isInteger = require_lib43().isPrimitive;
    var isString = require_lib93().isPrimitive;
    var isStringArray = require_lib94().primitives;
    var hasIteratorSymbolSupport = require_lib103();
    var ITERATOR_SYMBOL = require_lib104();
    var setReadOnly = require_lib6();
    var setReadOnlyAccessor = require_lib7();
    var Uint8Array2 = require_lib80();
    var Boolean2 = require_lib16();
    var getter = require_lib53();
    var floor = require_lib32();
    var accessorGetter = require_lib55();
    var format = require_lib4();
    var fromIterator = require_from_iterator3();
    var fromIteratorMap = require_from_iterator_map3();
    var fromArray = require_from_array3();
    var BYTES_PER_ELEMENT = Uint8Array2.BYTES_PER_ELEMENT;
    var HAS_ITERATOR_SYMBOL = hasIteratorSymbolSupport();
    function isBooleanArray(value) {
      return typeof value === "object" && value !== null && value.constructor.name === "BooleanArray" && value.BYTES_PER_ELEMENT === BYTES_PER_ELEMENT;
    }
    function isBooleanArrayConstructor(value) {
      return value === BooleanArray;
    }
    function BooleanArray() {
      var byteOffset;
      var nargs;
      var buf;
      var len;
      var arg;
      nargs = arguments.length;
      if (!(this instanceof BooleanArray)) {
        if (nargs === 0) {
          return new BooleanArray();
        }
        if (nargs === 1) {
          return new BooleanArray(arguments[0]);
        }
        if (nargs === 2) {
          return new BooleanArray(arguments[0], arguments[1]);
        }
        return new BooleanArray(arguments[0], arguments[1], arguments[2]);
      }
      if (nargs === 0) {
        buf = new Uint8Array2(0);
      } else if (nargs === 1) {
        arg = arguments[0];
        if (isNonNegativeInteger(arg)) {
          buf = new Uint8Array2(arg);
        } else if (isCollection(arg)) {
          buf = fromArray(new Uint8Array2(arg.length), arg);
        } else if (isArrayBuffer(arg)) {
          buf = new Uint8Array2(arg);
        } else if (isObject(arg)) {
          if (HAS_ITERATOR_SYMBOL === false) {
            throw new TypeError(format("invalid argument. Environment lacks Symbol.iterator support. Must provide a length, ArrayBuffer, typed array, or array-like object. Value: `%s`.", arg));
          }
          if (!isFunction(arg[ITERATOR_SYMBOL])) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arg));
          }
          buf = arg[ITERATOR_SYMBOL]();
          if (!isFunction(buf.next)) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arg));
          }
          buf = new Uint8Array2(fromIterator(buf));
        } else {
          throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arg));
        }
      } else {
        buf = arguments[0];
        if (!isArrayBuffer(buf)) {
          throw new TypeError(format("invalid argument. First argument must be an ArrayBuffer. Value: `%s`.", buf));
        }
        byteOffset = arguments[1];
        if (!isNonNegativeInteger(byteOffset)) {
          throw new TypeError(format("invalid argument. Byte offset must be a nonnegative integer. Value: `%s`.", byteOffset));
        }
        if (nargs === 2) {
          buf = new Uint8Array2(buf, byteOffset);
        } else {
          len = arguments[2];
          if (!isNonNegativeInteger(len)) {
            throw new TypeError(format("invalid argument. Length must be a nonnegative integer. Value: `%s`.", len));
          }
          if (len * BYTES_PER_ELEMENT > buf.byteLength - byteOffset) {
            throw new RangeError(format("invalid arguments. ArrayBuffer has insufficient capacity. Either decrease the array length or provide a bigger buffer. Minimum capacity: `%u`.", len * BYTES_PER_ELEMENT));
          }
          buf = new Uint8Array2(buf, byteOffset, len);
        }
      }
      setReadOnly(this, "_buffer", buf);
      setReadOnly(this, "_length", buf.length);
      return this;
    }
    setReadOnly(BooleanArray, "BYTES_PER_ELEMENT", BYTES_PER_ELEMENT);
    setReadOnly(BooleanArray, "name", "BooleanArray");
    setReadOnly(BooleanArray, "from", function from(src) {
      var thisArg;
      var nargs;
      var clbk;
      var out;
      var buf;
      var tmp;
      var get;
      var len;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isBooleanArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      nargs = arguments.length;
      if (nargs > 1) {
        clbk = arguments[1];
        if (!isFunction(clbk)) {
          throw new TypeError(format("invalid argument. Second argument must be a function. Value: `%s`.", clbk));
        }
        if (nargs > 2) {
          thisArg = arguments[2];
        }
      }
      if (isCollection(src)) {
        if (clbk) {
          len = src.length;
          if (src.get && src.set) {
            get = accessorGetter("default");
          } else {
            get = getter("default");
          }
          out = new this(len);
          buf = out._buffer;
          for (i = 0; i < len; i++) {
            buf[i] = Boolean2(clbk.call(thisArg, get(src, i), i));
          }
          return out;
        }
        return new this(src);
      }
      if (isObject(src) && HAS_ITERATOR_SYMBOL && isFunction(src[ITERATOR_SYMBOL])) {
        buf = src[ITERATOR_SYMBOL]();
        if (!isFunction(buf.next)) {
          throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
        }
        if (clbk) {
          tmp = fromIteratorMap(buf, clbk, thisArg);
        } else {
          tmp = fromIterator(buf);
        }
        len = tmp.length;
        out = new this(len);
        buf = out._buffer;
        for (i = 0; i < len; i++) {
          buf[i] = tmp[i];
        }
        return out;
      }
      throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
    });
    setReadOnly(BooleanArray, "of", function of() {
      var args;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isBooleanArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      args = [];
      for (i = 0; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return new this(args);
    });
    setReadOnly(BooleanArray.prototype, "at", function at(idx) {
      var buf;
      var len;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide an integer. Value: `%s`.", idx));
      }
      len = this._length;
      buf = this._buffer;
      if (idx < 0) {
        idx += len;
      }
      if (idx < 0 || idx >= len) {
        return;
      }
      return Boolean2(buf[idx]);
    });
    setReadOnlyAccessor(BooleanArray.prototype, "buffer", function get() {
      return this._buffer.buffer;
    });
    setReadOnlyAccessor(BooleanArray.prototype, "byteLength", function get() {
      return this._buffer.byteLength;
    });
    setReadOnlyAccessor(BooleanArray.prototype, "byteOffset", function get() {
      return this._buffer.byteOffset;
    });
    setReadOnly(BooleanArray.prototype, "BYTES_PER_ELEMENT", BooleanArray.BYTES_PER_ELEMENT);
    setReadOnly(BooleanArray.prototype, "copyWithin", function copyWithin(target, start) {
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (arguments.length === 2) {
        this._buffer.copyWithin(target, start);
      } else {
        this._buffer.copyWithin(target, start, arguments[2]);
      }
      return this;
    });
    setReadOnly(BooleanArray.prototype, "entries", function entries() {
      var self2;
      var iter;
      var len;
      var buf;
      var FLG;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": [i, Boolean2(buf[i])],
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.entries();
      }
    });
    setReadOnly(BooleanArray.prototype, "every", function every(predicate, thisArg) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (!predicate.call(thisArg, Boolean2(buf[i]), i, this)) {
          return false;
        }
      }
      return true;
    });
    setReadOnly(BooleanArray.prototype, "fill", function fill(value, start, end) {
      var buf;
      var len;
      var val;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(value)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", value));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length > 2) {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Third argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          }
          if (end > len) {
            end = len;
          }
        } else {
          end = len;
        }
      } else {
        start = 0;
        end = len;
      }
      if (value) {
        val = 1;
      } else {
        val = 0;
      }
      for (i = start; i < end; i++) {
        buf[i] = val;
      }
      return this;
    });
    setReadOnly(BooleanArray.prototype, "filter", function filter(predicate, thisArg) {
      var buf;
      var out;
      var i;
      var v;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          out.push(v);
        }
      }
      return new this.constructor(out);
    });
    setReadOnly(BooleanArray.prototype, "find", function find(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return v;
        }
      }
    });
    setReadOnly(BooleanArray.prototype, "findIndex", function findIndex(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(BooleanArray.prototype, "findLast", function findLast(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return v;
        }
      }
    });
    setReadOnly(BooleanArray.prototype, "findLastIndex", function findLastIndex(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(BooleanArray.prototype, "forEach", function forEach(fcn, thisArg) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        fcn.call(thisArg, Boolean2(buf[i]), i, this);
      }
    });
    setReadOnly(BooleanArray.prototype, "get", function get(idx) {
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isNonNegativeInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide a nonnegative integer. Value: `%s`.", idx));
      }
      if (idx >= this._length) {
        return;
      }
      return Boolean2(this._buffer[idx]);
    });
    setReadOnly(BooleanArray.prototype, "includes", function includes(searchElement, fromIndex) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        if (searchElement === Boolean2(buf[i])) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(BooleanArray.prototype, "indexOf", function indexOf(searchElement, fromIndex) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        if (searchElement === Boolean2(buf[i])) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(BooleanArray.prototype, "join", function join(separator) {
      var buf;
      var out;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (arguments.length > 0) {
        if (!isString(separator)) {
          throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", separator));
        }
      } else {
        separator = ",";
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        if (buf[i]) {
          out.push("true");
        } else {
          out.push("false");
        }
      }
      return out.join(separator);
    });
    setReadOnly(BooleanArray.prototype, "keys", function keys() {
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      self2 = this;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": i,
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.keys();
      }
    });
    setReadOnly(BooleanArray.prototype, "lastIndexOf", function lastIndexOf(searchElement, fromIndex) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex >= this._length) {
          fromIndex = this._length - 1;
        } else if (fromIndex < 0) {
          fromIndex += this._length;
        }
      } else {
        fromIndex = this._length - 1;
      }
      buf = this._buffer;
      for (i = fromIndex; i >= 0; i--) {
        if (searchElement === Boolean2(buf[i])) {
          return i;
        }
      }
      return -1;
    });
    setReadOnlyAccessor(BooleanArray.prototype, "length", function get() {
      return this._length;
    });
    setReadOnly(BooleanArray.prototype, "map", function map(fcn, thisArg) {
      var outbuf;
      var out;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError("invalid argument. First argument must be a function. Value: `%s`.", fcn);
      }
      buf = this._buffer;
      out = new this.constructor(this._length);
      outbuf = out._buffer;
      for (i = 0; i < this._length; i++) {
        outbuf[i] = Boolean2(fcn.call(thisArg, Boolean2(buf[i]), i, this));
      }
      return out;
    });
    setReadOnly(BooleanArray.prototype, "reduce", function reduce(reducer, initialValue) {
      var buf;
      var len;
      var acc;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = 0;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = Boolean2(buf[0]);
        i = 1;
      }
      for (; i < len; i++) {
        acc = reducer(acc, Boolean2(buf[i]), i, this);
      }
      return acc;
    });
    setReadOnly(BooleanArray.prototype, "reduceRight", function reduceRight(reducer, initialValue) {
      var buf;
      var len;
      var acc;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = len - 1;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = Boolean2(buf[len - 1]);
        i = len - 2;
      }
      for (; i >= 0; i--) {
        acc = reducer(acc, Boolean2(buf[i]), i, this);
      }
      return acc;
    });
    setReadOnly(BooleanArray.prototype, "reverse", function reverse() {
      var buf;
      var tmp;
      var len;
      var N;
      var i;
      var j;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      len = this._length;
      N = floor(len / 2);
      for (i = 0; i < N; i++) {
        j = len - i - 1;
        tmp = buf[i];
        buf[i] = buf[j];
        buf[j] = tmp;
      }
      return this;
    });
    setReadOnly(BooleanArray.prototype, "set", function set(value) {
      var sbuf;
      var idx;
      var buf;
      var tmp;
      var N;
      var i;
      var j;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      if (arguments.length > 1) {
        idx = arguments[1];
        if (!isNonNegativeInteger(idx)) {
          throw new TypeError(format("invalid argument. Index argument must be a nonnegative integer. Value: `%s`.", idx));
        }
      } else {
        idx = 0;
      }
      if (isCollection(value)) {
        N = value.length;
        if (idx + N > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        if (isBooleanArray(value)) {
          sbuf = value._buffer;
        } else {
          sbuf = value;
        }
        j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
        if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
          tmp = new Uint8Array2(sbuf.length);
          for (i = 0; i < sbuf.length; i++) {
            tmp[i] = sbuf[i];
          }
          sbuf = tmp;
        }
        for (i = 0; i < N; idx++, i++) {
          buf[idx] = sbuf[i] ? 1 : 0;
        }
        return;
      }
      if (idx >= this._length) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%u`.", idx));
      }
      buf[idx] = value ? 1 : 0;
    });
    setReadOnly(BooleanArray.prototype, "slice", function slice(begin, end) {
      var outlen;
      var outbuf;
      var out;
      var buf;
      var len;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin < end) {
        outlen = end - begin;
      } else {
        outlen = 0;
      }
      out = new this.constructor(outlen);
      outbuf = out._buffer;
      for (i = 0; i < outlen; i++) {
        outbuf[i] = buf[i + begin];
      }
      return out;
    });
    setReadOnly(BooleanArray.prototype, "some", function some(predicate, thisArg) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (predicate.call(thisArg, Boolean2(buf[i]), i, this)) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(BooleanArray.prototype, "sort", function sort(compareFcn) {
      var buf;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      if (arguments.length === 0) {
        buf.sort();
        return this;
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf.sort(compare);
      return this;
      function compare(a, b) {
        return compareFcn(Boolean2(a), Boolean2(b));
      }
    });
    setReadOnly(BooleanArray.prototype, "subarray", function subarray(begin, end) {
      var offset;
      var buf;
      var len;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin >= len) {
        len = 0;
        offset = buf.byteLength;
      } else if (begin >= end) {
        len = 0;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      } else {
        len = end - begin;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      }
      return new this.constructor(buf.buffer, offset, len < 0 ? 0 : len);
    });
    setReadOnly(BooleanArray.prototype, "toLocaleString", function toLocaleString(locales, options) {
      var opts;
      var loc;
      var out;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (arguments.length === 0) {
        loc = [];
      } else if (isString(locales) || isStringArray(locales)) {
        loc = locales;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string or an array of strings. Value: `%s`.", locales));
      }
      if (arguments.length < 2) {
        opts = {};
      } else if (isObject(options)) {
        opts = options;
      } else {
        throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        out.push(Boolean2(buf[i]).toLocaleString(loc, opts));
      }
      return out.join(",");
    });
    setReadOnly(BooleanArray.prototype, "toReversed", function toReversed() {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        outbuf[i] = buf[len - i - 1];
      }
      return out;
    });
    setReadOnly(BooleanArray.prototype, "toSorted", function toSorted(compareFcn) {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        outbuf[i] = buf[i];
      }
      if (arguments.length === 0) {
        outbuf.sort();
        return out;
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      outbuf.sort(compare);
      return out;
      function compare(a, b) {
        return compareFcn(Boolean2(a), Boolean2(b));
      }
    });
    setReadOnly(BooleanArray.prototype, "toString", function toString() {
      var out;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (buf[i]) {
          out.push("true");
        } else {
          out.push("false");
        }
      }
      return out.join(",");
    });
    setReadOnly(BooleanArray.prototype, "values", function values() {
      var iter;
      var self2;
      var len;
      var FLG;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": Boolean2(buf[i]),
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.values();
      }
    });
    setReadOnly(BooleanArray.prototype, "with", function copyWith(index, value) {
      var buf;
      var out;
      var len;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isInteger(index)) {
        throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", index));
      }
      len = this._length;
      if (index < 0) {
        index += len;
      }
      if (index < 0 || index >= len) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%s`.", index));
      }
      if (!isBoolean(value)) {
        throw new TypeError(format("invalid argument. Second argument must be a boolean. Value: `%s`.", value));
      }
      out = new this.constructor(this._buffer);
      buf = out._buffer;
      if (value) {
        buf[index] = 1;
      } else {
        buf[index] = 0;
      }
      return out;
    });
    module.exports = BooleanArray;
  }
});

// node_modules/@stdlib/array-bool/lib/index.js
var require_lib113 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main96();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-dtype/lib/ctors.js
var require_ctors = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/ctors.js"(exports, module) {
    "use strict";
    var Float64Array2 = require_lib59();
    var Float32Array2 = require_lib62();
    var Uint32Array2 = require_lib48();
    var Int32Array2 = require_lib67();
    var Uint16Array2 = require_lib71();
    var Int16Array2 = require_lib76();
    var Uint8Array2 = require_lib80();
    var Uint8ClampedArray2 = require_lib83();
    var Int8Array2 = require_lib88();
    var Complex64Array = require_lib109();
    var Complex128Array = require_lib112();
    var BooleanArray = require_lib113();
    var CTORS = [
      Float64Array2,
      Float32Array2,
      Int32Array2,
      Uint32Array2,
      Int16Array2,
      Uint16Array2,
      Int8Array2,
      Uint8Array2,
      Uint8ClampedArray2,
      Complex64Array,
      Complex128Array,
      BooleanArray
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/array-dtype/lib/dtypes.js
var require_dtypes = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/dtypes.js"(exports, module) {
    "use strict";
    var DTYPES = [
      "float64",
      "float32",
      "int32",
      "uint32",
      "int16",
      "uint16",
      "int8",
      "uint8",
      "uint8c",
      "complex64",
      "complex128",
      "bool"
    ];
    module.exports = DTYPES;
  }
});

// node_modules/@stdlib/array-dtype/lib/main.js
var require_main97 = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/main.js"(exports, module) {
    "use strict";
    var isBuffer = require_lib22();
    var isArray = require_lib14();
    var constructorName = require_lib23();
    var ctor2dtype = require_ctor2dtype();
    var CTORS = require_ctors();
    var DTYPES = require_dtypes();
    var NTYPES = DTYPES.length;
    function dtype(value) {
      var i;
      if (isArray(value)) {
        return "generic";
      }
      if (isBuffer(value)) {
        return null;
      }
      for (i = 0; i < NTYPES; i++) {
        if (value instanceof CTORS[i]) {
          return DTYPES[i];
        }
      }
      return ctor2dtype[constructorName(value)] || null;
    }
    module.exports = dtype;
  }
});

// node_modules/@stdlib/array-dtype/lib/index.js
var require_lib114 = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main97();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-arraylike2object/lib/main.js
var require_main98 = __commonJS({
  "node_modules/@stdlib/array-base-arraylike2object/lib/main.js"(exports, module) {
    "use strict";
    var isAccessorArray = require_lib52();
    var getter = require_lib53();
    var setter = require_lib54();
    var accessorGetter = require_lib55();
    var accessorSetter = require_lib56();
    var dtype = require_lib114();
    function arraylike2object(x) {
      var dt = dtype(x);
      if (isAccessorArray(x)) {
        return {
          "data": x,
          "dtype": dt,
          "accessorProtocol": true,
          "accessors": [
            accessorGetter(dt),
            accessorSetter(dt)
          ]
        };
      }
      return {
        "data": x,
        "dtype": dt,
        "accessorProtocol": false,
        "accessors": [
          getter(dt),
          setter(dt)
        ]
      };
    }
    module.exports = arraylike2object;
  }
});

// node_modules/@stdlib/array-base-arraylike2object/lib/index.js
var require_lib115 = __commonJS({
  "node_modules/@stdlib/array-base-arraylike2object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main98();
    module.exports = main;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/accessors.js
var require_accessors = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/accessors.js"(exports, module) {
    "use strict";
    function gcopy(N, x, strideX, offsetX, y, strideY, offsetY) {
      var xbuf;
      var ybuf;
      var set;
      var get;
      var ix;
      var iy;
      var i;
      xbuf = x.data;
      ybuf = y.data;
      get = x.accessors[0];
      set = y.accessors[1];
      ix = offsetX;
      iy = offsetY;
      for (i = 0; i < N; i++) {
        set(ybuf, iy, get(xbuf, ix));
        ix += strideX;
        iy += strideY;
      }
      return y;
    }
    module.exports = gcopy;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/main.js
var require_main99 = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/main.js"(exports, module) {
    "use strict";
    var arraylike2object = require_lib115();
    var accessors = require_accessors();
    var M = 8;
    function gcopy(N, x, strideX, y, strideY) {
      var ix;
      var iy;
      var ox;
      var oy;
      var m;
      var i;
      if (N <= 0) {
        return y;
      }
      ox = arraylike2object(x);
      oy = arraylike2object(y);
      if (ox.accessorProtocol || oy.accessorProtocol) {
        if (strideX < 0) {
          ix = (1 - N) * strideX;
        } else {
          ix = 0;
        }
        if (strideY < 0) {
          iy = (1 - N) * strideY;
        } else {
          iy = 0;
        }
        accessors(N, ox, strideX, ix, oy, strideY, iy);
        return oy.data;
      }
      if (strideX === 1 && strideY === 1) {
        m = N % M;
        if (m > 0) {
          for (i = 0; i < m; i++) {
            y[i] = x[i];
          }
        }
        if (N < M) {
          return y;
        }
        for (i = m; i < N; i += M) {
          y[i] = x[i];
          y[i + 1] = x[i + 1];
          y[i + 2] = x[i + 2];
          y[i + 3] = x[i + 3];
          y[i + 4] = x[i + 4];
          y[i + 5] = x[i + 5];
          y[i + 6] = x[i + 6];
          y[i + 7] = x[i + 7];
        }
        return y;
      }
      if (strideX < 0) {
        ix = (1 - N) * strideX;
      } else {
        ix = 0;
      }
      if (strideY < 0) {
        iy = (1 - N) * strideY;
      } else {
        iy = 0;
      }
      for (i = 0; i < N; i++) {
        y[iy] = x[ix];
        ix += strideX;
        iy += strideY;
      }
      return y;
    }
    module.exports = gcopy;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/ndarray.js
var require_ndarray = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/ndarray.js"(exports, module) {
    "use strict";
    var arraylike2object = require_lib115();
    var accessors = require_accessors();
    var M = 8;
    function gcopy(N, x, strideX, offsetX, y, strideY, offsetY) {
      var ix;
      var iy;
      var ox;
      var oy;
      var m;
      var i;
      if (N <= 0) {
        return y;
      }
      ox = arraylike2object(x);
      oy = arraylike2object(y);
      if (ox.accessorProtocol || oy.accessorProtocol) {
        accessors(N, ox, strideX, offsetX, oy, strideY, offsetY);
        return oy.data;
      }
      ix = offsetX;
      iy = offsetY;
      if (strideX === 1 && strideY === 1) {
        m = N % M;
        if (m > 0) {
          for (i = 0; i < m; i++) {
            y[iy] = x[ix];
            ix += strideX;
            iy += strideY;
          }
        }
        if (N < M) {
          return y;
        }
        for (i = m; i < N; i += M) {
          y[iy] = x[ix];
          y[iy + 1] = x[ix + 1];
          y[iy + 2] = x[ix + 2];
          y[iy + 3] = x[ix + 3];
          y[iy + 4] = x[ix + 4];
          y[iy + 5] = x[ix + 5];
          y[iy + 6] = x[ix + 6];
          y[iy + 7] = x[ix + 7];
          ix += M;
          iy += M;
        }
        return y;
      }
      for (i = 0; i < N; i++) {
        y[iy] = x[ix];
        ix += strideX;
        iy += strideY;
      }
      return y;
    }
    module.exports = gcopy;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/index.js
var require_lib116 = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main99();
    var ndarray = require_ndarray();
    setReadOnly(main, "ndarray", ndarray);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-function-name-support/lib/foo.js
var require_foo = __commonJS({
  "node_modules/@stdlib/assert-has-function-name-support/lib/foo.js"(exports, module) {
    "use strict";
    function foo() {
    }
    module.exports = foo;
  }
});

// node_modules/@stdlib/assert-has-function-name-support/lib/main.js
var require_main100 = __commonJS({
  "node_modules/@stdlib/assert-has-function-name-support/lib/main.js"(exports, module) {
    "use strict";
    var foo = require_foo();
    function hasFunctionNameSupport() {
      return foo.name === "foo";
    }
    module.exports = hasFunctionNameSupport;
  }
});

// node_modules/@stdlib/assert-has-function-name-support/lib/index.js
var require_lib117 = __commonJS({
  "node_modules/@stdlib/assert-has-function-name-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main100();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-function-name/lib/main.js
var require_main101 = __commonJS({
  "node_modules/@stdlib/utils-function-name/lib/main.js"(exports, module) {
    "use strict";
    var isFunction = require_lib25();
    var hasFunctionNameSupport = require_lib117();
    var format = require_lib4();
    var RE = require_lib19().REGEXP;
    var isFunctionNameSupported = hasFunctionNameSupport();
    function functionName(fcn) {
      if (isFunction(fcn) === false) {
        throw new TypeError(format("invalid argument. Must provide a function. Value: `%s`.", fcn));
      }
      if (isFunctionNameSupported) {
        return fcn.name;
      }
      return RE.exec(fcn.toString())[1];
    }
    module.exports = functionName;
  }
});

// node_modules/@stdlib/utils-function-name/lib/index.js
var require_lib118 = __commonJS({
  "node_modules/@stdlib/utils-function-name/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main101();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/ctors.js
var require_ctors2 = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/ctors.js"(exports, module) {
    "use strict";
    var Int8Array2 = require_lib88();
    var Uint8Array2 = require_lib80();
    var Uint8ClampedArray2 = require_lib83();
    var Int16Array2 = require_lib76();
    var Uint16Array2 = require_lib71();
    var Int32Array2 = require_lib67();
    var Uint32Array2 = require_lib48();
    var Float32Array2 = require_lib62();
    var Float64Array2 = require_lib59();
    var CTORS = [
      Float64Array2,
      Float32Array2,
      Int32Array2,
      Uint32Array2,
      Int16Array2,
      Uint16Array2,
      Int8Array2,
      Uint8Array2,
      Uint8ClampedArray2
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/names.json
var require_names = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/names.json"(exports, module) {
    module.exports = [
      "Int8Array",
      "Uint8Array",
      "Uint8ClampedArray",
      "Int16Array",
      "Uint16Array",
      "Int32Array",
      "Uint32Array",
      "Float32Array",
      "Float64Array"
    ];
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/main.js
var require_main102 = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/main.js"(exports, module) {
    "use strict";
    var ctorName = require_lib23();
    var fcnName = require_lib118();
    var getPrototypeOf = require_lib27();
    var hasFloat64ArraySupport = require_lib58();
    var Float64Array2 = require_lib59();
    var CTORS = require_ctors2();
    var NAMES = require_names();
    var TypedArray = hasFloat64ArraySupport() ? getPrototypeOf(Float64Array2) : Dummy;
    TypedArray = fcnName(TypedArray) === "TypedArray" ? TypedArray : Dummy;
    function Dummy() {
    }
    function isTypedArray(value) {
      var v;
      var i;
      if (typeof value !== "object" || value === null) {
        return false;
      }
      if (value instanceof TypedArray) {
        return true;
      }
      for (i = 0; i < CTORS.length; i++) {
        if (value instanceof CTORS[i]) {
          return true;
        }
      }
      while (value) {
        v = ctorName(value);
        for (i = 0; i < NAMES.length; i++) {
          if (NAMES[i] === v) {
            return true;
          }
        }
        value = getPrototypeOf(value);
      }
      return false;
    }
    module.exports = isTypedArray;
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/index.js
var require_lib119 = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main102();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/ctors.js
var require_ctors3 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/ctors.js"(exports, module) {
    "use strict";
    var Complex64Array = require_lib109();
    var Complex128Array = require_lib112();
    var CTORS = [
      Complex128Array,
      Complex64Array
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/names.json
var require_names2 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/names.json"(exports, module) {
    module.exports = [
      "Complex64Array",
      "Complex128Array"
    ];
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/main.js
var require_main103 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/main.js"(exports, module) {
    "use strict";
    var ctorName = require_lib23();
    var getPrototypeOf = require_lib27();
    var CTORS = require_ctors3();
    var NAMES = require_names2();
    function isComplexTypedArray(value) {
      var v;
      var i;
      if (typeof value !== "object" || value === null) {
        return false;
      }
      for (i = 0; i < CTORS.length; i++) {
        if (value instanceof CTORS[i]) {
          return true;
        }
      }
      while (value) {
        v = ctorName(value);
        for (i = 0; i < NAMES.length; i++) {
          if (NAMES[i] === v) {
            return true;
          }
        }
        value = getPrototypeOf(value);
      }
      return false;
    }
    module.exports = isComplexTypedArray;
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/index.js
var require_lib120 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main103();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-booleanarray/lib/main.js
var require_main104 = __commonJS({
  "node_modules/@stdlib/assert-is-booleanarray/lib/main.js"(exports, module) {
    "use strict";
    var BooleanArray = require_lib113();
    var constructorName = require_lib23();
    function isBooleanArray(value) {
      return value instanceof BooleanArray || constructorName(value) === "BooleanArray";
    }
    module.exports = isBooleanArray;
  }
});

// node_modules/@stdlib/assert-is-booleanarray/lib/index.js
var require_lib121 = __commonJS({
  "node_modules/@stdlib/assert-is-booleanarray/lib/index.js"(exports, module) {
    "use strict";
    var isBooleanArray = require_main104();
    module.exports = isBooleanArray;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-boolean/lib/main.js
var require_main105 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-boolean/lib/main.js"(exports, module) {
    "use strict";
    var Uint8Array2 = require_lib80();
    function reinterpret(x, offset) {
      return new Uint8Array2(x.buffer, x.byteOffset + x.BYTES_PER_ELEMENT * offset, x.length - offset);
    }
    module.exports = reinterpret;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-boolean/lib/index.js
var require_lib122 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-boolean/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main105();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/main.js
var require_main106 = __commonJS({
  "node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib11();
    var Symbol2 = require_lib12();
    function hasHasInstanceSymbolSupport() {
      return typeof Symbol2 === "function" && typeof Symbol2("foo") === "symbol" && hasOwnProp(Symbol2, "hasInstance") && typeof Symbol2.hasInstance === "symbol";
    }
    module.exports = hasHasInstanceSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/index.js
var require_lib123 = __commonJS({
  "node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main106();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-has-instance/lib/main.js
var require_main107 = __commonJS({
  "node_modules/@stdlib/symbol-has-instance/lib/main.js"(exports, module) {
    "use strict";
    var hasHasInstanceSymbolSupport = require_lib123();
    var HasInstanceSymbol = hasHasInstanceSymbolSupport() ? Symbol.hasInstance : null;
    module.exports = HasInstanceSymbol;
  }
});

// node_modules/@stdlib/symbol-has-instance/lib/index.js
var require_lib124 = __commonJS({
  "node_modules/@stdlib/symbol-has-instance/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main107();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-instance-of/lib/main.js
var require_main108 = __commonJS({
  "node_modules/@stdlib/assert-instance-of/lib/main.js"(exports, module) {
    "use strict";
    var hasHasInstanceSymbolSupport = require_lib123();
    var HasInstanceSymbol = require_lib124();
    var format = require_lib4();
    var hasSupport = hasHasInstanceSymbolSupport();
    function instanceOf(value, constructor) {
      if (typeof constructor !== "function" && !(hasSupport && typeof constructor === "object" && typeof constructor[HasInstanceSymbol] === "function")) {
        throw new TypeError(format("invalid argument. Second argument must be callable. Value: `%s`.", constructor));
      }
      return value instanceof constructor;
    }
    module.exports = instanceOf;
  }
});

// node_modules/@stdlib/assert-instance-of/lib/index.js
var require_lib125 = __commonJS({
  "node_modules/@stdlib/assert-instance-of/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main108();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-to-json/lib/ctors.js
var require_ctors4 = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/ctors.js"(exports, module) {
    "use strict";
    var Int8Array2 = require_lib88();
    var Uint8Array2 = require_lib80();
    var Uint8ClampedArray2 = require_lib83();
    var Int16Array2 = require_lib76();
    var Uint16Array2 = require_lib71();
    var Int32Array2 = require_lib67();
    var Uint32Array2 = require_lib48();
    var Float32Array2 = require_lib62();
    var Float64Array2 = require_lib59();
    var Complex64Array = require_lib109();
    var Complex128Array = require_lib112();
    var BooleanArray = require_lib113();
    var CTORS = [
      [Float64Array2, "Float64Array"],
      [Float32Array2, "Float32Array"],
      [Int32Array2, "Int32Array"],
      [Uint32Array2, "Uint32Array"],
      [Int16Array2, "Int16Array"],
      [Uint16Array2, "Uint16Array"],
      [Int8Array2, "Int8Array"],
      [Uint8Array2, "Uint8Array"],
      [Uint8ClampedArray2, "Uint8ClampedArray"],
      [Complex64Array, "Complex64Array"],
      [Complex128Array, "Complex128Array"],
      [BooleanArray, "BooleanArray"]
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/array-to-json/lib/type.js
var require_type = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/type.js"(exports, module) {
    "use strict";
    var instanceOf = require_lib125();
    var ctorName = require_lib23();
    var getPrototypeOf = require_lib27();
    var CTORS = require_ctors4();
    function typeName(arr) {
      var v;
      var i;
      for (i = 0; i < CTORS.length; i++) {
        if (instanceOf(arr, CTORS[i][0])) {
          return CTORS[i][1];
        }
      }
      while (arr) {
        v = ctorName(arr);
        for (i = 0; i < CTORS.length; i++) {
          if (v === CTORS[i][1]) {
            return CTORS[i][1];
          }
        }
        arr = getPrototypeOf(arr);
      }
    }
    module.exports = typeName;
  }
});

// node_modules/@stdlib/array-to-json/lib/main.js
var require_main109 = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/main.js"(exports, module) {
    "use strict";
    var isTypedArray = require_lib119();
    var isComplexTypedArray = require_lib120();
    var isBooleanArray = require_lib121();
    var reinterpret64 = require_lib107();
    var reinterpret128 = require_lib108();
    var reinterpretBoolean = require_lib122();
    var format = require_lib4();
    var typeName = require_type();
    function typedarray2json(arr) {
      var data;
      var out;
      var i;
      if (isTypedArray(arr)) {
        data = arr;
      } else if (isComplexTypedArray(arr)) {
        if (arr.BYTES_PER_ELEMENT === 8) {
          data = reinterpret64(arr, 0);
        } else {
          data = reinterpret128(arr, 0);
        }
      } else if (isBooleanArray(arr)) {
        data = reinterpretBoolean(arr, 0);
      } else {
        throw new TypeError(format("invalid argument. Must provide a typed array. Value: `%s`.", arr));
      }
      out = {
        "type": typeName(arr),
        "data": []
      };
      for (i = 0; i < data.length; i++) {
        out.data.push(data[i]);
      }
      return out;
    }
    module.exports = typedarray2json;
  }
});

// node_modules/@stdlib/array-to-json/lib/index.js
var require_lib126 = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main109();
    module.exports = main;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/rand_uint32.js
var require_rand_uint32 = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/rand_uint32.js"(exports, module) {
    "use strict";
    var UINT32_MAX = require_lib46();
    var floor = require_lib32();
    var MAX = UINT32_MAX - 1;
    function randuint32() {
      var v = floor(1 + MAX * Math.random());
      return v >>> 0;
    }
    module.exports = randuint32;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/factory.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var setReadOnlyAccessor = require_lib7();
    var setReadWriteAccessor = require_lib8();
    var hasOwnProp = require_lib11();
    var isObject = require_lib28();
    var isCollection = require_lib37();
    var isUint32Array = require_lib38();
    var isBoolean = require_lib17().isPrimitive;
    var isPositiveInteger = require_lib44().isPrimitive;
    var FLOAT64_MAX_SAFE_INTEGER = require_lib45();
    var UINT32_MAX = require_lib46();
    var Uint32Array2 = require_lib48();
    var max = require_lib50();
    var umul = require_lib51();
    var gcopy = require_lib116();
    var typedarray2json = require_lib126();
    var format = require_lib4();
    var randuint32 = require_rand_uint32();
    var N = 624;
    var M = 397;
    var MAX_SEED = UINT32_MAX >>> 0;
    var SEED_ARRAY_INIT_STATE = 19650218 >>> 0;
    var UPPER_MASK = 2147483648 >>> 0;
    var LOWER_MASK = 2147483647 >>> 0;
    var KNUTH_MULTIPLIER = 1812433253 >>> 0;
    var MAGIC_MULTIPLIER_1 = 1664525 >>> 0;
    var MAGIC_MULTIPLIER_2 = 1566083941 >>> 0;
    var TEMPERING_COEFFICIENT_1 = 2636928640 >>> 0;
    var TEMPERING_COEFFICIENT_2 = 4022730752 >>> 0;
    var MATRIX_A = 2567483615 >>> 0;
    var MAG01 = [0 >>> 0, MATRIX_A >>> 0];
    var FLOAT64_NORMALIZATION_CONSTANT = 1 / (FLOAT64_MAX_SAFE_INTEGER + 1);
    var TWO_26 = 67108864 >>> 0;
    var TWO_32 = 2147483648 >>> 0;
    var ONE = 1 >>> 0;
    var MAX_NORMALIZED = FLOAT64_MAX_SAFE_INTEGER * FLOAT64_NORMALIZATION_CONSTANT;
    var STATE_ARRAY_VERSION = 1;
    var NUM_STATE_SECTIONS = 3;
    var STATE_SECTION_OFFSET = 2;
    var OTHER_SECTION_OFFSET = N + 3;
    var SEED_SECTION_OFFSET = N + 5;
    var STATE_FIXED_LENGTH = N + 6;
    function verifyState(state, FLG) {
      var s1;
      if (FLG) {
        s1 = "option";
      } else {
        s1 = "argument";
      }
      if (state.length < STATE_FIXED_LENGTH + 1) {
        return new RangeError(format("invalid %s. `state` array has insufficient length.", s1));
      }
      if (state[0] !== STATE_ARRAY_VERSION) {
        return new RangeError(format("invalid %s. `state` array has an incompatible schema version. Expected: `%s`. Actual: `%s.`", s1, STATE_ARRAY_VERSION, state[0]));
      }
      if (state[1] !== NUM_STATE_SECTIONS) {
        return new RangeError(format("invalid %s. `state` array has an incompatible number of sections. Expected: `%s`. Actual: `%s`.", s1, NUM_STATE_SECTIONS, state[1]));
      }
      if (state[STATE_SECTION_OFFSET] !== N) {
        return new RangeError(format("invalid %s. `state` array has an incompatible state length. Expected: `%u`. Actual: `%u`.", s1, N, state[STATE_SECTION_OFFSET]));
      }
      if (state[OTHER_SECTION_OFFSET] !== 1) {
        return new RangeError(format("invalid %s. `state` array has an incompatible section length. Expected: `%u`. Actual: `%u`.", s1, 1, state[OTHER_SECTION_OFFSET]));
      }
      if (state[SEED_SECTION_OFFSET] !== state.length - STATE_FIXED_LENGTH) {
        return new RangeError(format("invalid %s. `state` array length is incompatible with seed section length. Expected: `%u`. Actual: `%u`.", s1, state.length - STATE_FIXED_LENGTH, state[SEED_SECTION_OFFSET]));
      }
      return null;
    }
    function createState(state, N2, s) {
      var i;
      state[0] = s >>> 0;
      for (i = 1; i < N2; i++) {
        s = state[i - 1] >>> 0;
        s = (s ^ s >>> 30) >>> 0;
        state[i] = umul(s, KNUTH_MULTIPLIER) + i >>> 0;
      }
      return state;
    }
    function initState(state, N2, seed, M2) {
      var s;
      var i;
      var j;
      var k;
      i = 1;
      j = 0;
      for (k = max(N2, M2); k > 0; k--) {
        s = state[i - 1] >>> 0;
        s = (s ^ s >>> 30) >>> 0;
        s = umul(s, MAGIC_MULTIPLIER_1) >>> 0;
        state[i] = (state[i] >>> 0 ^ s) + seed[j] + j >>> 0;
        i += 1;
        j += 1;
        if (i >= N2) {
          state[0] = state[N2 - 1];
          i = 1;
        }
        if (j >= M2) {
          j = 0;
        }
      }
      for (k = N2 - 1; k > 0; k--) {
        s = state[i - 1] >>> 0;
        s = (s ^ s >>> 30) >>> 0;
        s = umul(s, MAGIC_MULTIPLIER_2) >>> 0;
        state[i] = (state[i] >>> 0 ^ s) - i >>> 0;
        i += 1;
        if (i >= N2) {
          state[0] = state[N2 - 1];
          i = 1;
        }
      }
      state[0] = TWO_32;
      return state;
    }
    function twist(state) {
      var w;
      var i;
      var j;
      var k;
      k = N - M;
      for (i = 0; i < k; i++) {
        w = state[i] & UPPER_MASK | state[i + 1] & LOWER_MASK;
        state[i] = state[i + M] ^ w >>> 1 ^ MAG01[w & ONE];
      }
      j = N - 1;
      for (; i < j; i++) {
        w = state[i] & UPPER_MASK | state[i + 1] & LOWER_MASK;
        state[i] = state[i - k] ^ w >>> 1 ^ MAG01[w & ONE];
      }
      w = state[j] & UPPER_MASK | state[0] & LOWER_MASK;
      state[j] = state[M - 1] ^ w >>> 1 ^ MAG01[w & ONE];
      return state;
    }
    function factory(options) {
      var STATE;
      var state;
      var opts;
      var seed;
      var slen;
      var err;
      opts = {};
      if (arguments.length) {
        if (!isObject(options)) {
          throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
        }
        if (hasOwnProp(options, "copy")) {
          opts.copy = options.copy;
          if (!isBoolean(options.copy)) {
            throw new TypeError(format("invalid option. `%s` option must be a boolean. Option: `%s`.", "copy", options.copy));
          }
        }
        if (hasOwnProp(options, "state")) {
          state = options.state;
          opts.state = true;
          if (!isUint32Array(state)) {
            throw new TypeError(format("invalid option. `%s` option must be a Uint32Array. Option: `%s`.", "state", state));
          }
          err = verifyState(state, true);
          if (err) {
            throw err;
          }
          if (opts.copy === false) {
            STATE = state;
          } else {
            STATE = new Uint32Array2(state.length);
            gcopy(state.length, state, 1, STATE, 1);
          }
          state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N);
          seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, state[SEED_SECTION_OFFSET]);
        }
        if (seed === void 0) {
          if (hasOwnProp(options, "seed")) {
            seed = options.seed;
            opts.seed = true;
            if (isPositiveInteger(seed)) {
              if (seed > MAX_SEED) {
                throw new RangeError(format("invalid option. `%s` option must be a positive integer less than or equal to the maximum unsigned 32-bit integer. Option: `%u`.", "seed", seed));
              }
              seed >>>= 0;
            } else if (isCollection(seed) === false || seed.length < 1) {
              throw new TypeError(format("invalid option. `%s` option must be either a positive integer less than or equal to the maximum unsigned 32-bit integer or an array-like object containing integer values less than or equal to the maximum unsigned 32-bit integer. Option: `%s`.", "seed", seed));
            } else if (seed.length === 1) {
              seed = seed[0];
              if (!isPositiveInteger(seed)) {
                throw new TypeError(format("invalid option. `%s` option must be either a positive integer less than or equal to the maximum unsigned 32-bit integer or an array-like object containing integer values less than or equal to the maximum unsigned 32-bit integer. Option: `%s`.", "seed", seed));
              }
              if (seed > MAX_SEED) {
                throw new RangeError(format("invalid option. `%s` option must be either a positive integer less than or equal to the maximum unsigned 32-bit integer or an array-like object containing integer values less than or equal to the maximum unsigned 32-bit integer. Option: `%u`.", "seed", seed));
              }
              seed >>>= 0;
            } else {
              slen = seed.length;
              STATE = new Uint32Array2(STATE_FIXED_LENGTH + slen);
              STATE[0] = STATE_ARRAY_VERSION;
              STATE[1] = NUM_STATE_SECTIONS;
              STATE[STATE_SECTION_OFFSET] = N;
              STATE[OTHER_SECTION_OFFSET] = 1;
              STATE[OTHER_SECTION_OFFSET + 1] = N;
              STATE[SEED_SECTION_OFFSET] = slen;
              gcopy.ndarray(slen, seed, 1, 0, STATE, 1, SEED_SECTION_OFFSET + 1);
              state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N);
              seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, slen);
              state = createState(state, N, SEED_ARRAY_INIT_STATE);
              state = initState(state, N, seed, slen);
            }
          } else {
            seed = randuint32() >>> 0;
          }
        }
      } else {
        seed = randuint32() >>> 0;
      }
      if (state === void 0) {
        STATE = new Uint32Array2(STATE_FIXED_LENGTH + 1);
        STATE[0] = STATE_ARRAY_VERSION;
        STATE[1] = NUM_STATE_SECTIONS;
        STATE[STATE_SECTION_OFFSET] = N;
        STATE[OTHER_SECTION_OFFSET] = 1;
        STATE[OTHER_SECTION_OFFSET + 1] = N;
        STATE[SEED_SECTION_OFFSET] = 1;
        STATE[SEED_SECTION_OFFSET + 1] = seed;
        state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N);
        seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, 1);
        state = createState(state, N, seed);
      }
      setReadOnly(mt19937, "NAME", "mt19937");
      setReadOnlyAccessor(mt19937, "seed", getSeed);
      setReadOnlyAccessor(mt19937, "seedLength", getSeedLength);
      setReadWriteAccessor(mt19937, "state", getState, setState);
      setReadOnlyAccessor(mt19937, "stateLength", getStateLength);
      setReadOnlyAccessor(mt19937, "byteLength", getStateSize);
      setReadOnly(mt19937, "toJSON", toJSON);
      setReadOnly(mt19937, "MIN", 0);
      setReadOnly(mt19937, "MAX", UINT32_MAX);
      setReadOnly(mt19937, "normalized", normalized);
      setReadOnly(normalized, "NAME", mt19937.NAME);
      setReadOnlyAccessor(normalized, "seed", getSeed);
      setReadOnlyAccessor(normalized, "seedLength", getSeedLength);
      setReadWriteAccessor(normalized, "state", getState, setState);
      setReadOnlyAccessor(normalized, "stateLength", getStateLength);
      setReadOnlyAccessor(normalized, "byteLength", getStateSize);
      setReadOnly(normalized, "toJSON", toJSON);
      setReadOnly(normalized, "MIN", 0);
      setReadOnly(normalized, "MAX", MAX_NORMALIZED);
      return mt19937;
      function getSeed() {
        var len = STATE[SEED_SECTION_OFFSET];
        return gcopy(len, seed, 1, new Uint32Array2(len), 1);
      }
      function getSeedLength() {
        return STATE[SEED_SECTION_OFFSET];
      }
      function getStateLength() {
        return STATE.length;
      }
      function getStateSize() {
        return STATE.byteLength;
      }
      function getState() {
        var len = STATE.length;
        return gcopy(len, STATE, 1, new Uint32Array2(len), 1);
      }
      function setState(s) {
        var err2;
        if (!isUint32Array(s)) {
          throw new TypeError(format("invalid argument. Must provide a Uint32Array. Value: `%s`.", s));
        }
        err2 = verifyState(s, false);
        if (err2) {
          throw err2;
        }
        if (opts.copy === false) {
          if (opts.state && s.length === STATE.length) {
            gcopy(s.length, s, 1, STATE, 1);
          } else {
            STATE = s;
            opts.state = true;
          }
        } else {
          if (s.length !== STATE.length) {
            STATE = new Uint32Array2(s.length);
          }
          gcopy(s.length, s, 1, STATE, 1);
        }
        state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N);
        seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, STATE[SEED_SECTION_OFFSET]);
      }
      function toJSON() {
        var out = {};
        out.type = "PRNG";
        out.name = mt19937.NAME;
        out.state = typedarray2json(STATE);
        out.params = [];
        return out;
      }
      function mt19937() {
        var r;
        var i;
        i = STATE[OTHER_SECTION_OFFSET + 1];
        if (i >= N) {
          state = twist(state);
          i = 0;
        }
        r = state[i];
        STATE[OTHER_SECTION_OFFSET + 1] = i + 1;
        r ^= r >>> 11;
        r ^= r << 7 & TEMPERING_COEFFICIENT_1;
        r ^= r << 15 & TEMPERING_COEFFICIENT_2;
        r ^= r >>> 18;
        return r >>> 0;
      }
      function normalized() {
        var x = mt19937() >>> 5;
        var y = mt19937() >>> 6;
        return (x * TWO_26 + y) * FLOAT64_NORMALIZATION_CONSTANT;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/main.js
var require_main110 = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/main.js"(exports, module) {
    "use strict";
    var factory = require_factory();
    var randuint32 = require_rand_uint32();
    var mt19937 = factory({
      "seed": randuint32()
    });
    module.exports = mt19937;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/index.js
var require_lib127 = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main110();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-probability/lib/primitive.js
var require_primitive7 = __commonJS({
  "node_modules/@stdlib/assert-is-probability/lib/primitive.js"(exports, module) {
    "use strict";
    var isNumber = require_lib40().isPrimitive;
    function isProbability(value) {
      return isNumber(value) && value >= 0 && value <= 1;
    }
    module.exports = isProbability;
  }
});

// node_modules/@stdlib/assert-is-probability/lib/object.js
var require_object7 = __commonJS({
  "node_modules/@stdlib/assert-is-probability/lib/object.js"(exports, module) {
    "use strict";
    var isNumber = require_lib40().isObject;
    function isProbability(value) {
      return isNumber(value) && value.valueOf() >= 0 && value.valueOf() <= 1;
    }
    module.exports = isProbability;
  }
});

// node_modules/@stdlib/assert-is-probability/lib/main.js
var require_main111 = __commonJS({
  "node_modules/@stdlib/assert-is-probability/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive7();
    var isObject = require_object7();
    function isProbability(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isProbability;
  }
});

// node_modules/@stdlib/assert-is-probability/lib/index.js
var require_lib128 = __commonJS({
  "node_modules/@stdlib/assert-is-probability/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main111();
    var isPrimitive = require_primitive7();
    var isObject = require_object7();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/validate.js
var require_validate = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/validate.js"(exports, module) {
    "use strict";
    var isPositiveInteger = require_lib44().isPrimitive;
    var isProbability = require_lib128().isPrimitive;
    var format = require_lib4();
    function validate(n, p) {
      if (!isPositiveInteger(n)) {
        return new TypeError(format("invalid argument. First argument must be a positive integer. Value: `%s`.", p));
      }
      if (!isProbability(p)) {
        return new TypeError(format("invalid argument. Second argument must be a probability. Value: `%s`.", p));
      }
      return null;
    }
    module.exports = validate;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/sample1.js
var require_sample1 = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/sample1.js"(exports, module) {
    "use strict";
    function sample(rand, n, p) {
      var sum = 0;
      var i;
      for (i = 0; i < n; i++) {
        if (rand() <= p) {
          sum += 1;
        }
      }
      return sum;
    }
    module.exports = sample;
  }
});

// node_modules/@stdlib/math-base-special-signum/lib/main.js
var require_main112 = __commonJS({
  "node_modules/@stdlib/math-base-special-signum/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib31();
    function signum(x) {
      if (x === 0 || isnan(x)) {
        return x;
      }
      return x < 0 ? -1 : 1;
    }
    module.exports = signum;
  }
});

// node_modules/@stdlib/math-base-special-signum/lib/index.js
var require_lib129 = __commonJS({
  "node_modules/@stdlib/math-base-special-signum/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main112();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/main.js
var require_main113 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/main.js"(exports, module) {
    "use strict";
    var sqrt = Math.sqrt;
    module.exports = sqrt;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/index.js
var require_lib130 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main113();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/main.js
var require_main114 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/main.js"(exports, module) {
    "use strict";
    function abs(x) {
      return Math.abs(x);
    }
    module.exports = abs;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/index.js
var require_lib131 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main114();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/ctors.js
var require_ctors5 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/ctors.js"(exports, module) {
    "use strict";
    var Uint8Array2 = require_lib80();
    var Uint16Array2 = require_lib71();
    var ctors = {
      "uint16": Uint16Array2,
      "uint8": Uint8Array2
    };
    module.exports = ctors;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/main.js
var require_main115 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/main.js"(exports, module) {
    "use strict";
    var ctors = require_ctors5();
    var bool;
    function isLittleEndian() {
      var uint16view;
      var uint8view;
      uint16view = new ctors["uint16"](1);
      uint16view[0] = 4660;
      uint8view = new ctors["uint8"](uint16view.buffer);
      return uint8view[0] === 52;
    }
    bool = isLittleEndian();
    module.exports = bool;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/index.js
var require_lib132 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/index.js"(exports, module) {
    "use strict";
    var IS_LITTLE_ENDIAN = require_main115();
    module.exports = IS_LITTLE_ENDIAN;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js
var require_high = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib132();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js
var require_main116 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib48();
    var Float64Array2 = require_lib59();
    var HIGH = require_high();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function getHighWord(x) {
      FLOAT64_VIEW[0] = x;
      return UINT32_VIEW[HIGH];
    }
    module.exports = getHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js
var require_lib133 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main116();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js
var require_high2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib132();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js
var require_main117 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib48();
    var Float64Array2 = require_lib59();
    var HIGH = require_high2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setHighWord(x, high) {
      FLOAT64_VIEW[0] = x;
      UINT32_VIEW[HIGH] = high >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js
var require_lib134 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main117();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js
var require_lib135 = __commonJS({
  "node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_EXPONENT_BIAS = 1023 | 0;
    module.exports = FLOAT64_EXPONENT_BIAS;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js
var require_polyval_p = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.3999999999940942;
      }
      return 0.3999999999940942 + x * (0.22222198432149784 + x * 0.15313837699209373);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js
var require_polyval_q = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.6666666666666735;
      }
      return 0.6666666666666735 + x * (0.2857142874366239 + x * (0.1818357216161805 + x * 0.14798198605116586));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/main.js
var require_main118 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/main.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib133();
    var setHighWord = require_lib134();
    var isnan = require_lib31();
    var BIAS = require_lib135();
    var NINF = require_lib42();
    var polyvalP = require_polyval_p();
    var polyvalQ = require_polyval_q();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var TWO54 = 18014398509481984;
    var ONE_THIRD = 0.3333333333333333;
    var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
    var HIGH_MAX_NORMAL_EXP = 2146435072 | 0;
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    function ln(x) {
      var hfsq;
      var hx;
      var t2;
      var t1;
      var k;
      var R;
      var f;
      var i;
      var j;
      var s;
      var w;
      var z;
      if (x === 0) {
        return NINF;
      }
      if (isnan(x) || x < 0) {
        return NaN;
      }
      hx = getHighWord(x);
      k = 0 | 0;
      if (hx < HIGH_MIN_NORMAL_EXP) {
        k -= 54 | 0;
        x *= TWO54;
        hx = getHighWord(x);
      }
      if (hx >= HIGH_MAX_NORMAL_EXP) {
        return x + x;
      }
      k += (hx >> 20) - BIAS | 0;
      hx &= HIGH_SIGNIFICAND_MASK;
      i = hx + 614244 & 1048576 | 0;
      x = setHighWord(x, hx | i ^ HIGH_BIASED_EXP_0);
      k += i >> 20 | 0;
      f = x - 1;
      if ((HIGH_SIGNIFICAND_MASK & 2 + hx) < 3) {
        if (f === 0) {
          if (k === 0) {
            return 0;
          }
          return k * LN2_HI + k * LN2_LO;
        }
        R = f * f * (0.5 - ONE_THIRD * f);
        if (k === 0) {
          return f - R;
        }
        return k * LN2_HI - (R - k * LN2_LO - f);
      }
      s = f / (2 + f);
      z = s * s;
      i = hx - 398458 | 0;
      w = z * z;
      j = 440401 - hx | 0;
      t1 = w * polyvalP(w);
      t2 = z * polyvalQ(w);
      i |= j;
      R = t2 + t1;
      if (i > 0) {
        hfsq = 0.5 * f * f;
        if (k === 0) {
          return f - (hfsq - s * (hfsq + R));
        }
        return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
      }
      if (k === 0) {
        return f - s * (f - R);
      }
      return k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
    }
    module.exports = ln;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/index.js
var require_lib136 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main118();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-odd/lib/main.js
var require_main119 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-odd/lib/main.js"(exports, module) {
    "use strict";
    var isEven = require_lib100();
    function isOdd(x) {
      if (x > 0) {
        return isEven(x - 1);
      }
      return isEven(x + 1);
    }
    module.exports = isOdd;
  }
});

// node_modules/@stdlib/math-base-assert-is-odd/lib/index.js
var require_lib137 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-odd/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main119();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js
var require_main120 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib41();
    var NINF = require_lib42();
    function isInfinite(x) {
      return x === PINF || x === NINF;
    }
    module.exports = isInfinite;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js
var require_lib138 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main120();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/indices.js
var require_indices = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/indices.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib132();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/assign.js
var require_assign = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/assign.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib48();
    var Float64Array2 = require_lib59();
    var indices = require_indices();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function toWords(x, out, stride, offset) {
      FLOAT64_VIEW[0] = x;
      out[offset] = UINT32_VIEW[HIGH];
      out[offset + stride] = UINT32_VIEW[LOW];
      return out;
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/main.js
var require_main121 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/main.js"(exports, module) {
    "use strict";
    var fcn = require_assign();
    function toWords(x) {
      return fcn(x, [0 >>> 0, 0 >>> 0], 1, 0);
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/index.js
var require_lib139 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main121();
    var assign = require_assign();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js
var require_low = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib132();
    var LOW;
    if (isLittleEndian === true) {
      LOW = 0;
    } else {
      LOW = 1;
    }
    module.exports = LOW;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js
var require_main122 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib48();
    var Float64Array2 = require_lib59();
    var LOW = require_low();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setLowWord(x, low) {
      FLOAT64_VIEW[0] = x;
      UINT32_VIEW[LOW] = low >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setLowWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js
var require_lib140 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main122();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-uint32-base-to-int32/lib/main.js
var require_main123 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-to-int32/lib/main.js"(exports, module) {
    "use strict";
    function uint32ToInt32(x) {
      return x | 0;
    }
    module.exports = uint32ToInt32;
  }
});

// node_modules/@stdlib/number-uint32-base-to-int32/lib/index.js
var require_lib141 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-to-int32/lib/index.js"(exports, module) {
    "use strict";
    var uint32ToInt32 = require_main123();
    module.exports = uint32ToInt32;
  }
});

// node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js
var require_lib142 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_ABS_MASK = 2147483647 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_ABS_MASK;
  }
});

// node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js
var require_lib143 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_SIGN_MASK = 2147483648 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_SIGN_MASK;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/indices.js
var require_indices2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/indices.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib132();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/main.js
var require_main124 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib48();
    var Float64Array2 = require_lib59();
    var indices = require_indices2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function fromWords(high, low) {
      UINT32_VIEW[HIGH] = high;
      UINT32_VIEW[LOW] = low;
      return FLOAT64_VIEW[0];
    }
    module.exports = fromWords;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/index.js
var require_lib144 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main124();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/main.js
var require_main125 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/main.js"(exports, module) {
    "use strict";
    var SIGN_MASK = require_lib143();
    var ABS_MASK = require_lib142();
    var toWords = require_lib139();
    var getHighWord = require_lib133();
    var fromWords = require_lib144();
    var WORDS = [0, 0];
    function copysign(x, y) {
      var hx;
      var hy;
      toWords.assign(x, WORDS, 1, 0);
      hx = WORDS[0];
      hx &= ABS_MASK;
      hy = getHighWord(y);
      hy &= SIGN_MASK;
      hx |= hy;
      return fromWords(hx, WORDS[1]);
    }
    module.exports = copysign;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/index.js
var require_lib145 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main125();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/x_is_zero.js
var require_x_is_zero = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/x_is_zero.js"(exports, module) {
    "use strict";
    var isOdd = require_lib137();
    var copysign = require_lib145();
    var NINF = require_lib42();
    var PINF = require_lib41();
    function pow(x, y) {
      if (y === NINF) {
        return PINF;
      }
      if (y === PINF) {
        return 0;
      }
      if (y > 0) {
        if (isOdd(y)) {
          return x;
        }
        return 0;
      }
      if (isOdd(y)) {
        return copysign(PINF, x);
      }
      return PINF;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/y_is_huge.js
var require_y_is_huge = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/y_is_huge.js"(exports, module) {
    "use strict";
    var ABS_MASK = require_lib142();
    var getHighWord = require_lib133();
    var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
    var HUGE = 1e300;
    var TINY = 1e-300;
    function pow(x, y) {
      var ahx;
      var hx;
      hx = getHighWord(x);
      ahx = hx & ABS_MASK;
      if (ahx <= HIGH_MAX_NEAR_UNITY) {
        if (y < 0) {
          return HUGE * HUGE;
        }
        return TINY * TINY;
      }
      if (y > 0) {
        return HUGE * HUGE;
      }
      return TINY * TINY;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/y_is_infinite.js
var require_y_is_infinite = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/y_is_infinite.js"(exports, module) {
    "use strict";
    var abs = require_lib131();
    var PINF = require_lib41();
    function pow(x, y) {
      if (x === -1) {
        return (x - x) / (x - x);
      }
      if (x === 1) {
        return 1;
      }
      if (abs(x) < 1 === (y === PINF)) {
        return 0;
      }
      return PINF;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/constants-float64-num-high-word-significand-bits/lib/index.js
var require_lib146 = __commonJS({
  "node_modules/@stdlib/constants-float64-num-high-word-significand-bits/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS = 20 | 0;
    module.exports = FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_l.js
var require_polyval_l = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_l.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.5999999999999946;
      }
      return 0.5999999999999946 + x * (0.4285714285785502 + x * (0.33333332981837743 + x * (0.272728123808534 + x * (0.23066074577556175 + x * 0.20697501780033842))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/log2ax.js
var require_log2ax = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/log2ax.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib133();
    var setLowWord = require_lib140();
    var setHighWord = require_lib134();
    var BIAS = require_lib135();
    var HIGH_NUM_SIGNIFICAND_BITS = require_lib146();
    var polyvalL = require_polyval_l();
    var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    var HIGH_BIASED_EXP_NEG_512 = 536870912 | 0;
    var HIGH_SIGNIFICAND_HALF = 524288 | 0;
    var TWO53 = 9007199254740992;
    var CP = 0.9617966939259756;
    var CP_HI = 0.9617967009544373;
    var CP_LO = -7028461650952758e-24;
    var BP = [
      1,
      1.5
    ];
    var DP_HI = [
      0,
      0.5849624872207642
      // 0x3FE2B803, 0x40000000
    ];
    var DP_LO = [
      0,
      1350039202129749e-23
      // 0x3E4CFDEB, 0x43CFD006
    ];
    function log2ax(out, ax, ahx) {
      var tmp;
      var ss;
      var s2;
      var hs;
      var ls;
      var ht;
      var lt;
      var bp;
      var dp;
      var hp;
      var lp;
      var hz;
      var lz;
      var t1;
      var t2;
      var t;
      var r;
      var u;
      var v;
      var n;
      var j;
      var k;
      n = 0 | 0;
      if (ahx < HIGH_MIN_NORMAL_EXP) {
        ax *= TWO53;
        n -= 53 | 0;
        ahx = getHighWord(ax);
      }
      n += (ahx >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
      j = ahx & HIGH_SIGNIFICAND_MASK | 0;
      ahx = j | HIGH_BIASED_EXP_0 | 0;
      if (j <= 235662) {
        k = 0;
      } else if (j < 767610) {
        k = 1;
      } else {
        k = 0;
        n += 1 | 0;
        ahx -= HIGH_MIN_NORMAL_EXP;
      }
      ax = setHighWord(ax, ahx);
      bp = BP[k];
      u = ax - bp;
      v = 1 / (ax + bp);
      ss = u * v;
      hs = setLowWord(ss, 0);
      tmp = (ahx >> 1 | HIGH_BIASED_EXP_NEG_512) + HIGH_SIGNIFICAND_HALF;
      tmp += k << 18;
      ht = setHighWord(0, tmp);
      lt = ax - (ht - bp);
      ls = v * (u - hs * ht - hs * lt);
      s2 = ss * ss;
      r = s2 * s2 * polyvalL(s2);
      r += ls * (hs + ss);
      s2 = hs * hs;
      ht = 3 + s2 + r;
      ht = setLowWord(ht, 0);
      lt = r - (ht - 3 - s2);
      u = hs * ht;
      v = ls * ht + lt * ss;
      hp = u + v;
      hp = setLowWord(hp, 0);
      lp = v - (hp - u);
      hz = CP_HI * hp;
      lz = CP_LO * hp + lp * CP + DP_LO[k];
      dp = DP_HI[k];
      t = n;
      t1 = hz + lz + dp + t;
      t1 = setLowWord(t1, 0);
      t2 = lz - (t1 - t - dp - hz);
      out[0] = t1;
      out[1] = t2;
      return out;
    }
    module.exports = log2ax;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_w.js
var require_polyval_w = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_w.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.5;
      }
      return 0.5 + x * (-0.3333333333333333 + x * 0.25);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/logx.js
var require_logx = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/logx.js"(exports, module) {
    "use strict";
    var setLowWord = require_lib140();
    var polyvalW = require_polyval_w();
    var INV_LN2 = 1.4426950408889634;
    var INV_LN2_HI = 1.4426950216293335;
    var INV_LN2_LO = 19259629911266175e-24;
    function logx(out, ax) {
      var t2;
      var t1;
      var t;
      var w;
      var u;
      var v;
      t = ax - 1;
      w = t * t * polyvalW(t);
      u = INV_LN2_HI * t;
      v = t * INV_LN2_LO - w * INV_LN2;
      t1 = u + v;
      t1 = setLowWord(t1, 0);
      t2 = v - (t1 - u);
      out[0] = t1;
      out[1] = t2;
      return out;
    }
    module.exports = logx;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js
var require_lib147 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_BASE2_EXPONENT = 1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js
var require_lib148 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL = -1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js
var require_lib149 = __commonJS({
  "node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL = -1074 | 0;
    module.exports = FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js
var require_lib150 = __commonJS({
  "node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_NORMAL = 22250738585072014e-324;
    module.exports = FLOAT64_SMALLEST_NORMAL;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/assign.js
var require_assign2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/assign.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_NORMAL = require_lib150();
    var isInfinite = require_lib138();
    var isnan = require_lib31();
    var abs = require_lib131();
    var SCALAR = 4503599627370496;
    function normalize(x, out, stride, offset) {
      if (isnan(x) || isInfinite(x)) {
        out[offset] = x;
        out[offset + stride] = 0;
        return out;
      }
      if (x !== 0 && abs(x) < FLOAT64_SMALLEST_NORMAL) {
        out[offset] = x * SCALAR;
        out[offset + stride] = -52;
        return out;
      }
      out[offset] = x;
      out[offset + stride] = 0;
      return out;
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/main.js
var require_main126 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/main.js"(exports, module) {
    "use strict";
    var fcn = require_assign2();
    function normalize(x) {
      return fcn(x, [0, 0], 1, 0);
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/index.js
var require_lib151 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main126();
    var assign = require_assign2();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js
var require_lib152 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_EXPONENT_MASK = 2146435072;
    module.exports = FLOAT64_HIGH_WORD_EXPONENT_MASK;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/main.js
var require_main127 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/main.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib133();
    var EXP_MASK = require_lib152();
    var BIAS = require_lib135();
    function exponent(x) {
      var high = getHighWord(x);
      high = (high & EXP_MASK) >>> 20;
      return high - BIAS | 0;
    }
    module.exports = exponent;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/index.js
var require_lib153 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main127();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/main.js
var require_main128 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib41();
    var NINF = require_lib42();
    var BIAS = require_lib135();
    var MAX_EXPONENT = require_lib147();
    var MAX_SUBNORMAL_EXPONENT = require_lib148();
    var MIN_SUBNORMAL_EXPONENT = require_lib149();
    var isnan = require_lib31();
    var isInfinite = require_lib138();
    var copysign = require_lib145();
    var normalize = require_lib151().assign;
    var floatExp = require_lib153();
    var toWords = require_lib139();
    var fromWords = require_lib144();
    var TWO52_INV = 2220446049250313e-31;
    var CLEAR_EXP_MASK = 2148532223 >>> 0;
    var FRAC = [0, 0];
    var WORDS = [0, 0];
    function ldexp(frac, exp) {
      var high;
      var m;
      if (exp === 0 || frac === 0 || // handles +-0
      isnan(frac) || isInfinite(frac)) {
        return frac;
      }
      normalize(frac, FRAC, 1, 0);
      frac = FRAC[0];
      exp += FRAC[1];
      exp += floatExp(frac);
      if (exp < MIN_SUBNORMAL_EXPONENT) {
        return copysign(0, frac);
      }
      if (exp > MAX_EXPONENT) {
        if (frac < 0) {
          return NINF;
        }
        return PINF;
      }
      if (exp <= MAX_SUBNORMAL_EXPONENT) {
        exp += 52;
        m = TWO52_INV;
      } else {
        m = 1;
      }
      toWords.assign(frac, WORDS, 1, 0);
      high = WORDS[0];
      high &= CLEAR_EXP_MASK;
      high |= exp + BIAS << 20;
      return m * fromWords(high, WORDS[1]);
    }
    module.exports = ldexp;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/index.js
var require_lib154 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main128();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-ln-two/lib/index.js
var require_lib155 = __commonJS({
  "node_modules/@stdlib/constants-float64-ln-two/lib/index.js"(exports, module) {
    "use strict";
    var LN2 = 0.6931471805599453;
    module.exports = LN2;
  }
});

// node_modules/@stdlib/constants-float64-high-word-significand-mask/lib/index.js
var require_lib156 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-significand-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK = 1048575;
    module.exports = FLOAT64_HIGH_WORD_SIGNIFICAND_MASK;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_p.js
var require_polyval_p2 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_p.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.16666666666666602;
      }
      return 0.16666666666666602 + x * (-0.0027777777777015593 + x * (6613756321437934e-20 + x * (-16533902205465252e-22 + x * 41381367970572385e-24)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/pow2.js
var require_pow2 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/pow2.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib133();
    var setHighWord = require_lib134();
    var setLowWord = require_lib140();
    var uint32ToInt32 = require_lib141();
    var ldexp = require_lib154();
    var LN2 = require_lib155();
    var BIAS = require_lib135();
    var ABS_MASK = require_lib142();
    var HIGH_SIGNIFICAND_MASK = require_lib156();
    var HIGH_NUM_SIGNIFICAND_BITS = require_lib146();
    var polyvalP = require_polyval_p2();
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_NEG_1 = 1071644672 | 0;
    var LN2_HI = 0.6931471824645996;
    var LN2_LO = -1904654299957768e-24;
    function pow2(j, hp, lp) {
      var tmp;
      var t1;
      var t;
      var r;
      var u;
      var v;
      var w;
      var z;
      var n;
      var i;
      var k;
      i = j & ABS_MASK | 0;
      k = (i >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
      n = 0;
      if (i > HIGH_BIASED_EXP_NEG_1) {
        n = j + (HIGH_MIN_NORMAL_EXP >> k + 1) >>> 0;
        k = ((n & ABS_MASK) >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
        tmp = (n & ~(HIGH_SIGNIFICAND_MASK >> k)) >>> 0;
        t = setHighWord(0, tmp);
        n = (n & HIGH_SIGNIFICAND_MASK | HIGH_MIN_NORMAL_EXP) >> HIGH_NUM_SIGNIFICAND_BITS - k >>> 0;
        if (j < 0) {
          n = -n;
        }
        hp -= t;
      }
      t = lp + hp;
      t = setLowWord(t, 0);
      u = t * LN2_HI;
      v = (lp - (t - hp)) * LN2 + t * LN2_LO;
      z = u + v;
      w = v - (z - u);
      t = z * z;
      t1 = z - t * polyvalP(t);
      r = z * t1 / (t1 - 2) - (w + z * w);
      z = 1 - (r - z);
      j = getHighWord(z);
      j = uint32ToInt32(j);
      j += n << HIGH_NUM_SIGNIFICAND_BITS >>> 0;
      if (j >> HIGH_NUM_SIGNIFICAND_BITS <= 0) {
        z = ldexp(z, n);
      } else {
        z = setHighWord(z, j);
      }
      return z;
    }
    module.exports = pow2;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/main.js
var require_main129 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib31();
    var isOdd = require_lib137();
    var isInfinite = require_lib138();
    var isInteger = require_lib35();
    var sqrt = require_lib130();
    var abs = require_lib131();
    var toWords = require_lib139();
    var setLowWord = require_lib140();
    var uint32ToInt32 = require_lib141();
    var NINF = require_lib42();
    var PINF = require_lib41();
    var ABS_MASK = require_lib142();
    var xIsZero = require_x_is_zero();
    var yIsHuge = require_y_is_huge();
    var yIsInfinite = require_y_is_infinite();
    var log2ax = require_log2ax();
    var logx = require_logx();
    var pow2 = require_pow2();
    var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
    var HIGH_BIASED_EXP_31 = 1105199104 | 0;
    var HIGH_BIASED_EXP_64 = 1139802112 | 0;
    var HIGH_BIASED_EXP_10 = 1083179008 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    var HIGH_1075 = 1083231232 | 0;
    var HIGH_NEG_1075 = 3230714880 >>> 0;
    var HIGH_NUM_NONSIGN_BITS = 31 | 0;
    var HUGE = 1e300;
    var TINY = 1e-300;
    var OVT = 8008566259537294e-32;
    var WORDS = [0 | 0, 0 | 0];
    var LOG_WORKSPACE = [0, 0];
    function pow(x, y) {
      var ahx;
      var ahy;
      var ax;
      var hx;
      var lx;
      var hy;
      var ly;
      var sx;
      var sy;
      var y1;
      var hp;
      var lp;
      var t;
      var z;
      var j;
      var i;
      if (isnan(x) || isnan(y)) {
        return NaN;
      }
      toWords.assign(y, WORDS, 1, 0);
      hy = WORDS[0];
      ly = WORDS[1];
      if (ly === 0) {
        if (y === 0) {
          return 1;
        }
        if (y === 1) {
          return x;
        }
        if (y === -1) {
          return 1 / x;
        }
        if (y === 0.5) {
          return sqrt(x);
        }
        if (y === -0.5) {
          return 1 / sqrt(x);
        }
        if (y === 2) {
          return x * x;
        }
        if (y === 3) {
          return x * x * x;
        }
        if (y === 4) {
          x *= x;
          return x * x;
        }
        if (isInfinite(y)) {
          return yIsInfinite(x, y);
        }
      }
      toWords.assign(x, WORDS, 1, 0);
      hx = WORDS[0];
      lx = WORDS[1];
      if (lx === 0) {
        if (hx === 0) {
          return xIsZero(x, y);
        }
        if (x === 1) {
          return 1;
        }
        if (x === -1 && isOdd(y)) {
          return -1;
        }
        if (isInfinite(x)) {
          if (x === NINF) {
            return pow(-0, -y);
          }
          if (y < 0) {
            return 0;
          }
          return PINF;
        }
      }
      if (x < 0 && isInteger(y) === false) {
        return (x - x) / (x - x);
      }
      ax = abs(x);
      ahx = hx & ABS_MASK | 0;
      ahy = hy & ABS_MASK | 0;
      sx = hx >>> HIGH_NUM_NONSIGN_BITS | 0;
      sy = hy >>> HIGH_NUM_NONSIGN_BITS | 0;
      if (sx && isOdd(y)) {
        sx = -1;
      } else {
        sx = 1;
      }
      if (ahy > HIGH_BIASED_EXP_31) {
        if (ahy > HIGH_BIASED_EXP_64) {
          return yIsHuge(x, y);
        }
        if (ahx < HIGH_MAX_NEAR_UNITY) {
          if (sy === 1) {
            return sx * HUGE * HUGE;
          }
          return sx * TINY * TINY;
        }
        if (ahx > HIGH_BIASED_EXP_0) {
          if (sy === 0) {
            return sx * HUGE * HUGE;
          }
          return sx * TINY * TINY;
        }
        t = logx(LOG_WORKSPACE, ax);
      } else {
        t = log2ax(LOG_WORKSPACE, ax, ahx);
      }
      y1 = setLowWord(y, 0);
      lp = (y - y1) * t[0] + y * t[1];
      hp = y1 * t[0];
      z = lp + hp;
      toWords.assign(z, WORDS, 1, 0);
      j = uint32ToInt32(WORDS[0]);
      i = uint32ToInt32(WORDS[1]);
      if (j >= HIGH_BIASED_EXP_10) {
        if ((j - HIGH_BIASED_EXP_10 | i) !== 0) {
          return sx * HUGE * HUGE;
        }
        if (lp + OVT > z - hp) {
          return sx * HUGE * HUGE;
        }
      } else if ((j & ABS_MASK) >= HIGH_1075) {
        if ((j - HIGH_NEG_1075 | i) !== 0) {
          return sx * TINY * TINY;
        }
        if (lp <= z - hp) {
          return sx * TINY * TINY;
        }
      }
      z = pow2(j, hp, lp);
      return sx * z;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/index.js
var require_lib157 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main129();
    module.exports = main;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/correction.js
var require_correction = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/correction.js"(exports, module) {
    "use strict";
    var pow = require_lib157();
    var ONE_12 = 1 / 12;
    var ONE_360 = 1 / 360;
    var ONE_1260 = 1 / 1260;
    function correction(k) {
      var v;
      switch (k) {
        case 0:
          return 0.08106146679532726;
        case 1:
          return 0.04134069595540929;
        case 2:
          return 0.02767792568499834;
        case 3:
          return 0.02079067210376509;
        case 4:
          return 0.01664469118982119;
        case 5:
          return 0.01387612882307075;
        case 6:
          return 0.01189670994589177;
        case 7:
          return 0.01041126526197209;
        case 8:
          return 0.009255462182712733;
        case 9:
          return 0.00833056343336287;
        default:
          k += 1;
          v = pow(k, 2);
          return (ONE_12 - (ONE_360 - ONE_1260 / v) / v) / k;
      }
    }
    module.exports = correction;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/sample2.js
var require_sample2 = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/sample2.js"(exports, module) {
    "use strict";
    var floor = require_lib32();
    var sign = require_lib129();
    var sqrt = require_lib130();
    var abs = require_lib131();
    var ln = require_lib136();
    var correction = require_correction();
    var ONE_SIXTH = 1 / 6;
    function sample(rand, n, p) {
      var alpha;
      var urvr;
      var snpq;
      var npq;
      var rho;
      var tmp;
      var nm;
      var nr;
      var us;
      var km;
      var nk;
      var vr;
      var a;
      var b;
      var c;
      var f;
      var h;
      var i;
      var k;
      var m;
      var q;
      var r;
      var t;
      var u;
      var v;
      var x;
      m = floor((n + 1) * p);
      nm = n - m + 1;
      q = 1 - p;
      r = p / q;
      nr = (n + 1) * r;
      npq = n * p * q;
      snpq = sqrt(npq);
      b = 1.15 + 2.53 * snpq;
      a = -0.0873 + 0.0248 * b + 0.01 * p;
      c = n * p + 0.5;
      alpha = (2.83 + 5.1 / b) * snpq;
      vr = 0.92 - 4.2 / b;
      urvr = 0.86 * vr;
      h = (m + 0.5) * ln((m + 1) / (r * nm));
      h += correction(m) + correction(n - m);
      while (true) {
        v = rand();
        if (v <= urvr) {
          u = v / vr - 0.43;
          r = u * (2 * a / (0.5 - abs(u)) + b) + c;
          return floor(r);
        }
        if (v >= vr) {
          u = rand() - 0.5;
        } else {
          u = v / vr - 0.93;
          u = sign(u) * 0.5 - u;
          v = vr * rand();
        }
        us = 0.5 - abs(u);
        k = floor(u * (2 * a / us + b) + c);
        if (k < 0 || k > n) {
          continue;
        }
        v = v * alpha / (a / (us * us) + b);
        km = abs(k - m);
        if (km > 15) {
          v = ln(v);
          rho = km / npq;
          tmp = (km / 3 + 0.625) * km;
          tmp += ONE_SIXTH;
          tmp /= npq;
          rho *= tmp + 0.5;
          t = -(km * km) / (2 * npq);
          if (v < t - rho) {
            return k;
          }
          if (v <= t + rho) {
            nk = n - k + 1;
            x = h + (n + 1) * ln(nm / nk);
            x += (k + 0.5) * ln(nk * r / (k + 1));
            x += -(correction(k) + correction(n - k));
            if (v <= x) {
              return k;
            }
          }
        } else {
          f = 1;
          if (m < k) {
            for (i = m; i <= k; i++) {
              f *= nr / i - r;
            }
          } else if (m > k) {
            for (i = k; i <= m; i++) {
              v *= nr / i - r;
            }
          }
          if (v <= f) {
            return k;
          }
        }
      }
    }
    module.exports = sample;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/binomial.js
var require_binomial = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/binomial.js"(exports, module) {
    "use strict";
    var sample1 = require_sample1();
    var sample2 = require_sample2();
    function sample(rand, n, p) {
      if (p > 0.5) {
        return n - sample(rand, n, 1 - p);
      }
      if (n * p < 10) {
        return sample1(rand, n, p);
      }
      return sample2(rand, n, p);
    }
    module.exports = sample;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/factory.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var setReadOnlyAccessor = require_lib7();
    var setReadWriteAccessor = require_lib8();
    var isObject = require_lib28();
    var isFunction = require_lib25();
    var hasOwnProp = require_lib11();
    var constantFunction = require_lib29();
    var noop = require_lib30();
    var isnan = require_lib31();
    var isPositiveInteger = require_lib33();
    var isProbability = require_lib34();
    var randu = require_lib127().factory;
    var typedarray2json = require_lib126();
    var format = require_lib4();
    var validate = require_validate();
    var binomial0 = require_binomial();
    function factory() {
      var opts;
      var rand;
      var prng;
      var err;
      var n;
      var p;
      if (arguments.length === 0) {
        rand = randu();
      } else if (arguments.length === 1) {
        opts = arguments[0];
        if (!isObject(opts)) {
          throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", opts));
        }
        if (hasOwnProp(opts, "prng")) {
          if (!isFunction(opts.prng)) {
            throw new TypeError(format("invalid option. `%s` option must be a pseudorandom number generator function. Option: `%s`.", "prng", opts.prng));
          }
          rand = opts.prng;
        } else {
          rand = randu(opts);
        }
      } else {
        n = arguments[0];
        p = arguments[1];
        err = validate(n, p);
        if (err) {
          throw err;
        }
        if (arguments.length > 2) {
          opts = arguments[2];
          if (!isObject(opts)) {
            throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", opts));
          }
          if (hasOwnProp(opts, "prng")) {
            if (!isFunction(opts.prng)) {
              throw new TypeError(format("invalid option. `%s` option must be a pseudorandom number generator function. Option: `%s`.", "prng", opts.prng));
            }
            rand = opts.prng;
          } else {
            rand = randu(opts);
          }
        } else {
          rand = randu();
        }
      }
      if (n === void 0) {
        prng = binomial2;
      } else {
        prng = binomial1;
      }
      setReadOnly(prng, "NAME", "binomial");
      if (opts && opts.prng) {
        setReadOnly(prng, "seed", null);
        setReadOnly(prng, "seedLength", null);
        setReadWriteAccessor(prng, "state", constantFunction(null), noop);
        setReadOnly(prng, "stateLength", null);
        setReadOnly(prng, "byteLength", null);
        setReadOnly(prng, "toJSON", constantFunction(null));
        setReadOnly(prng, "PRNG", rand);
      } else {
        setReadOnlyAccessor(prng, "seed", getSeed);
        setReadOnlyAccessor(prng, "seedLength", getSeedLength);
        setReadWriteAccessor(prng, "state", getState, setState);
        setReadOnlyAccessor(prng, "stateLength", getStateLength);
        setReadOnlyAccessor(prng, "byteLength", getStateSize);
        setReadOnly(prng, "toJSON", toJSON);
        setReadOnly(prng, "PRNG", rand);
        rand = rand.normalized;
      }
      return prng;
      function getSeed() {
        return rand.seed;
      }
      function getSeedLength() {
        return rand.seedLength;
      }
      function getStateLength() {
        return rand.stateLength;
      }
      function getStateSize() {
        return rand.byteLength;
      }
      function getState() {
        return rand.state;
      }
      function setState(s) {
        rand.state = s;
      }
      function toJSON() {
        var out = {};
        out.type = "PRNG";
        out.name = prng.NAME;
        out.state = typedarray2json(rand.state);
        if (n === void 0) {
          out.params = [];
        } else {
          out.params = [n, p];
        }
        return out;
      }
      function binomial1() {
        return binomial0(rand, n, p);
      }
      function binomial2(n2, p2) {
        if (isnan(n2) || isnan(p2) || !isPositiveInteger(n2) || !isProbability(p2)) {
          return NaN;
        }
        return binomial0(rand, n2, p2);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/main.js
var require_main130 = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/main.js"(exports, module) {
    "use strict";
    var factory = require_factory2();
    var binomial2 = factory();
    module.exports = binomial2;
  }
});

// node_modules/@stdlib/random-base-binomial/lib/index.js
var require_lib158 = __commonJS({
  "node_modules/@stdlib/random-base-binomial/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib6();
    var main = require_main130();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/ml-confusion-matrix/lib/index.js
var require_lib159 = __commonJS({
  "node_modules/ml-confusion-matrix/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ConfusionMatrix = void 0;
    var ConfusionMatrix2 = class _ConfusionMatrix {
      constructor(matrix, labels) {
        if (matrix.length !== matrix[0].length) {
          throw new Error("Confusion matrix must be square");
        }
        if (labels.length !== matrix.length) {
          throw new Error("Confusion matrix and labels should have the same length");
        }
        this.labels = labels;
        this.matrix = matrix;
      }
      /**
       * Construct confusion matrix from the predicted and actual labels (classes). Be sure to provide the arguments in
       * the correct order!
       * @param actual  - The predicted labels of the classification
       * @param predicted - The actual labels of the classification. Has to be of same length as predicted.
       * @param [options] - Additional options
       * @param [options.labels] - The list of labels that should be used. If not provided the distinct set
       *     of labels present in predicted and actual is used. Labels are compared using the strict equality operator
       *     '==='
       * @param [options.sort]
       * @return Confusion matrix
       */
      static fromLabels(actual, predicted, options = {}) {
        if (predicted.length !== actual.length) {
          throw new Error("predicted and actual must have the same length");
        }
        let distinctLabels;
        if (options.labels) {
          distinctLabels = new Set(options.labels);
        } else {
          distinctLabels = /* @__PURE__ */ new Set([...actual, ...predicted]);
        }
        const labels = Array.from(distinctLabels);
        if (options.sort) {
          labels.sort(options.sort);
        }
        const matrix = Array.from({ length: labels.length });
        for (let i = 0; i < matrix.length; i++) {
          matrix[i] = new Array(matrix.length);
          matrix[i].fill(0);
        }
        for (let i = 0; i < predicted.length; i++) {
          const actualIdx = labels.indexOf(actual[i]);
          const predictedIdx = labels.indexOf(predicted[i]);
          if (actualIdx >= 0 && predictedIdx >= 0) {
            matrix[actualIdx][predictedIdx]++;
          }
        }
        return new _ConfusionMatrix(matrix, labels);
      }
      /**
       * Get the confusion matrix
       */
      getMatrix() {
        return this.matrix;
      }
      getLabels() {
        return this.labels;
      }
      /**
       * Get the total number of samples
       */
      getTotalCount() {
        let predicted = 0;
        for (const row of this.matrix) {
          for (const element of row) {
            predicted += element;
          }
        }
        return predicted;
      }
      /**
       * Get the total number of true predictions
       */
      getTrueCount() {
        let count2 = 0;
        for (let i = 0; i < this.matrix.length; i++) {
          count2 += this.matrix[i][i];
        }
        return count2;
      }
      /**
       * Get the total number of false predictions.
       */
      getFalseCount() {
        return this.getTotalCount() - this.getTrueCount();
      }
      /**
       * Get the number of true positive predictions.
       * @param label - The label that should be considered "positive"
       */
      getTruePositiveCount(label) {
        const index = this.getIndex(label);
        return this.matrix[index][index];
      }
      /**
       * Get the number of true negative predictions.
       * @param label - The label that should be considered "positive"
       */
      getTrueNegativeCount(label) {
        const index = this.getIndex(label);
        let count2 = 0;
        for (let i = 0; i < this.matrix.length; i++) {
          for (let j = 0; j < this.matrix.length; j++) {
            if (i !== index && j !== index) {
              count2 += this.matrix[i][j];
            }
          }
        }
        return count2;
      }
      /**
       * Get the number of false positive predictions.
       * @param label - The label that should be considered "positive"
       */
      getFalsePositiveCount(label) {
        const index = this.getIndex(label);
        let count2 = 0;
        for (let i = 0; i < this.matrix.length; i++) {
          if (i !== index) {
            count2 += this.matrix[i][index];
          }
        }
        return count2;
      }
      /**
       * Get the number of false negative predictions.
       * @param label - The label that should be considered "positive"
       */
      getFalseNegativeCount(label) {
        const index = this.getIndex(label);
        let count2 = 0;
        for (let i = 0; i < this.matrix.length; i++) {
          if (i !== index) {
            count2 += this.matrix[index][i];
          }
        }
        return count2;
      }
      /**
       * Get the number of real positive samples.
       * @param label - The label that should be considered "positive"
       */
      getPositiveCount(label) {
        return this.getTruePositiveCount(label) + this.getFalseNegativeCount(label);
      }
      /**
       * Get the number of real negative samples.
       * @param  label - The label that should be considered "positive"
       */
      getNegativeCount(label) {
        return this.getTrueNegativeCount(label) + this.getFalsePositiveCount(label);
      }
      /**
       * Get the index in the confusion matrix that corresponds to the given label
       * @param label - The label to search for
       * @throws if the label is not found
       */
      getIndex(label) {
        const index = this.labels.indexOf(label);
        if (index === -1)
          throw new Error("The label does not exist");
        return index;
      }
      /**
       * Get the true positive rate a.k.a. sensitivity. Computes the ratio between the number of true positive predictions and the total number of positive samples.
       * {@link https://en.wikipedia.org/wiki/Sensitivity_and_specificity}
       * @param label - The label that should be considered "positive"
       * @return The true positive rate [0-1]
       */
      getTruePositiveRate(label) {
        return this.getTruePositiveCount(label) / this.getPositiveCount(label);
      }
      /**
       * Get the true negative rate a.k.a. specificity. Computes the ration between the number of true negative predictions and the total number of negative samples.
       * {@link https://en.wikipedia.org/wiki/Sensitivity_and_specificity}
       * @param label - The label that should be considered "positive"
       * @return The true negative rate a.k.a. specificity.
       */
      getTrueNegativeRate(label) {
        return this.getTrueNegativeCount(label) / this.getNegativeCount(label);
      }
      /**
       * Get the positive predictive value a.k.a. precision. Computes TP / (TP + FP)
       * {@link https://en.wikipedia.org/wiki/Positive_and_negative_predictive_values}
       * @param label - The label that should be considered "positive"
       * @return the positive predictive value a.k.a. precision.
       */
      getPositivePredictiveValue(label) {
        const TP = this.getTruePositiveCount(label);
        return TP / (TP + this.getFalsePositiveCount(label));
      }
      /**
       * Negative predictive value
       * {@link https://en.wikipedia.org/wiki/Positive_and_negative_predictive_values}
       * @param label - The label that should be considered "positive"
       */
      getNegativePredictiveValue(label) {
        const TN = this.getTrueNegativeCount(label);
        return TN / (TN + this.getFalseNegativeCount(label));
      }
      /**
       * False negative rate a.k.a. miss rate.
       * {@link https://en.wikipedia.org/wiki/Type_I_and_type_II_errors#False_positive_and_false_negative_rates}
       * @param label - The label that should be considered "positive"
       */
      getFalseNegativeRate(label) {
        return 1 - this.getTruePositiveRate(label);
      }
      /**
       * False positive rate a.k.a. fall-out rate.
       * {@link https://en.wikipedia.org/wiki/Type_I_and_type_II_errors#False_positive_and_false_negative_rates}
       * @param  label - The label that should be considered "positive"
       */
      getFalsePositiveRate(label) {
        return 1 - this.getTrueNegativeRate(label);
      }
      /**
       * False discovery rate (FDR)
       * {@link https://en.wikipedia.org/wiki/False_discovery_rate}
       * @param label - The label that should be considered "positive"
       */
      getFalseDiscoveryRate(label) {
        const FP = this.getFalsePositiveCount(label);
        return FP / (FP + this.getTruePositiveCount(label));
      }
      /**
       * False omission rate (FOR)
       * @param label - The label that should be considered "positive"
       */
      getFalseOmissionRate(label) {
        const FN = this.getFalseNegativeCount(label);
        return FN / (FN + this.getTruePositiveCount(label));
      }
      /**
       * F1 score
       * {@link https://en.wikipedia.org/wiki/F1_score}
       * @param label - The label that should be considered "positive"
       */
      getF1Score(label) {
        const TP = this.getTruePositiveCount(label);
        return 2 * TP / (2 * TP + this.getFalsePositiveCount(label) + this.getFalseNegativeCount(label));
      }
      /**
       * Matthews correlation coefficient (MCC)
       * {@link https://en.wikipedia.org/wiki/Matthews_correlation_coefficient}
       * @param label - The label that should be considered "positive"
       */
      getMatthewsCorrelationCoefficient(label) {
        const TP = this.getTruePositiveCount(label);
        const TN = this.getTrueNegativeCount(label);
        const FP = this.getFalsePositiveCount(label);
        const FN = this.getFalseNegativeCount(label);
        return (TP * TN - FP * FN) / Math.sqrt((TP + FP) * (TP + FN) * (TN + FP) * (TN + FN));
      }
      /**
       * Informedness
       * {@link https://en.wikipedia.org/wiki/Youden%27s_J_statistic}
       * @param label - The label that should be considered "positive"
       */
      getInformedness(label) {
        return this.getTruePositiveRate(label) + this.getTrueNegativeRate(label) - 1;
      }
      /**
       * Markedness
       * @param label - The label that should be considered "positive"
       */
      getMarkedness(label) {
        return this.getPositivePredictiveValue(label) + this.getNegativePredictiveValue(label) - 1;
      }
      /**
       * Get the confusion table.
       * @param label - The label that should be considered "positive"
       * @return The 2x2 confusion table. [[TP, FN], [FP, TN]]
       */
      getConfusionTable(label) {
        return [
          [this.getTruePositiveCount(label), this.getFalseNegativeCount(label)],
          [this.getFalsePositiveCount(label), this.getTrueNegativeCount(label)]
        ];
      }
      /**
       * Get total accuracy.
       * The ratio between the number of true predictions and total number of classifications ([0-1])
       */
      getAccuracy() {
        let correct = 0;
        let incorrect = 0;
        for (let i = 0; i < this.matrix.length; i++) {
          for (let j = 0; j < this.matrix.length; j++) {
            if (i === j)
              correct += this.matrix[i][j];
            else
              incorrect += this.matrix[i][j];
          }
        }
        return correct / (correct + incorrect);
      }
      /**
       * Returns the element in the confusion matrix that corresponds to the given actual and predicted labels.
       * @param actual - The true label
       * @param predicted - The predicted label
       * @return The element in the confusion matrix
       */
      getCount(actual, predicted) {
        const actualIndex = this.getIndex(actual);
        const predictedIndex = this.getIndex(predicted);
        return this.matrix[actualIndex][predictedIndex];
      }
      /**
       * Compute the general prediction accuracy
       * @deprecated Use getAccuracy
       * @return The prediction accuracy ([0-1]
       */
      get accuracy() {
        return this.getAccuracy();
      }
      /**
       * Compute the number of predicted observations
       * @deprecated Use getTotalCount
       */
      get total() {
        return this.getTotalCount();
      }
    };
    exports.ConfusionMatrix = ConfusionMatrix2;
  }
});

// src/stats/random.ts
var import_random_base_binomial = __toESM(require_lib158(), 1);
function seededRandom(seed) {
  if (!(Number.isInteger(seed) && seed >= 1 && seed <= 4294967295)) {
    throw new RangeError(`seed must be an integer from 1 to 4294967295, got ${seed}`);
  }
  const stdlibBinomial = import_random_base_binomial.default.factory({ seed });
  const generator = stdlibBinomial.PRNG;
  const normalized = generator.normalized;
  if (typeof normalized !== "function") throw new Error("stdlib binomial: its MT19937 generator has no normalized()");
  const uniform = normalized;
  function inversion(n, p) {
    const q = 1 - p;
    const mean2 = n * p;
    const startProbability = Math.exp(n * Math.log(q));
    const bound = Math.floor(Math.min(n, mean2 + 10 * Math.sqrt(mean2 * q + 1)));
    let x = 0;
    let probability = startProbability;
    let u = uniform();
    while (u > probability) {
      x++;
      if (x > bound) {
        x = 0;
        probability = startProbability;
        u = uniform();
      } else {
        u -= probability;
        probability = (n - x + 1) * p * probability / (x * q);
      }
    }
    return x;
  }
  function btpe(n, r) {
    const q = 1 - r;
    const fm = n * r + r;
    const m = Math.floor(fm);
    const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
    const xm = m + 0.5;
    const xl = xm - p1;
    const xr = xm + p1;
    const c = 0.134 + 20.5 / (15.3 + m);
    let a = (fm - xl) / (fm - xl * r);
    const laml = a * (1 + a / 2);
    a = (xr - fm) / (xr * q);
    const lamr = a * (1 + a / 2);
    const p2 = p1 * (1 + 2 * c);
    const p3 = p2 + c / laml;
    const p4 = p3 + c / lamr;
    const nrq = n * r * q;
    for (; ; ) {
      const u = uniform() * p4;
      let v = uniform();
      let y;
      if (u <= p1) return Math.floor(xm - p1 * v + u);
      if (u <= p2) {
        const x = xl + (u - p1) / c;
        v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
        if (v > 1) continue;
        y = Math.floor(x);
      } else if (u <= p3) {
        y = Math.floor(xl + Math.log(v) / laml);
        if (y < 0 || v === 0) continue;
        v = v * (u - p2) * laml;
      } else {
        y = Math.floor(xr - Math.log(v) / lamr);
        if (y > n || v === 0) continue;
        v = v * (u - p3) * lamr;
      }
      const k = Math.abs(y - m);
      if (!(k > 20 && k < nrq / 2 - 1)) {
        const s = r / q;
        const aa = s * (n + 1);
        let f = 1;
        if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
        else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
        if (v > f) continue;
        return y;
      }
      const rho = k / nrq * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
      const t = -k * k / (2 * nrq);
      const logV = Math.log(v);
      if (logV < t - rho) return y;
      if (logV > t + rho) continue;
      const x1 = y + 1;
      const f1 = m + 1;
      const z = n + 1 - m;
      const w = n - y + 1;
      const correction = (value) => {
        const squared = value * value;
        return (13680 - (462 - (132 - (99 - 140 / squared) / squared) / squared) / squared) / value / 166320;
      };
      const bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log(w * r / (x1 * q)) + correction(f1) + correction(z) + correction(x1) + correction(w);
      if (logV > bound) continue;
      return y;
    }
  }
  function draw(n, p) {
    if (n === 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - draw(n, 1 - p);
    return n * p <= 30 ? inversion(n, p) : btpe(n, p);
  }
  return { uniform, binomial: draw };
}

// src/anomaly/features.ts
var FEATURE_NAMES = [
  "chars",
  "words",
  "tokens",
  "latencyMs",
  "completionTokens",
  "repetition",
  "nonLetterShare",
  "nonAsciiShare",
  "empty",
  "score"
];
function repetitionRatio(text) {
  const words = text.toLowerCase().split(/\s+/).filter((word) => word !== "");
  const total = words.length - 2;
  if (total <= 0) return 0;
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < total; i++) seen.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return 1 - seen.size / total;
}
function characterShares(text) {
  let counted = 0;
  let nonLetter = 0;
  let nonAscii = 0;
  for (const character of text) {
    if (/\s/u.test(character)) continue;
    counted += 1;
    if (!new RegExp("\\p{L}", "u").test(character)) nonLetter += 1;
    if (character.codePointAt(0) > 127) nonAscii += 1;
  }
  return counted === 0 ? { nonLetter: 0, nonAscii: 0 } : { nonLetter: nonLetter / counted, nonAscii: nonAscii / counted };
}
function featureRow(observation) {
  const shares = characterShares(observation.output);
  return Float64Array.from([
    observation.chars,
    observation.words,
    observation.tokens,
    observation.latencyMs ?? Number.NaN,
    observation.completionTokens ?? Number.NaN,
    repetitionRatio(observation.output),
    shares.nonLetter,
    shares.nonAscii,
    observation.output.trim() === "" ? 1 : 0,
    observation.score ?? Number.NaN
  ]);
}

// src/anomaly/isolation-forest.ts
var eulerGamma = 0.5772156649015329;
function averagePathLength(n) {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + eulerGamma) - 2 * (n - 1) / n;
}
function sampleWithoutReplacement(n, size, random) {
  const chosen = /* @__PURE__ */ new Set();
  for (let j = n - size; j < n; j++) {
    const candidate = Math.floor(random.uniform() * (j + 1));
    chosen.add(chosen.has(candidate) ? j : candidate);
  }
  return [...chosen];
}
function grow(rows, indices, depth, limit, features, random) {
  if (depth >= limit || indices.length <= 1) return { kind: "leaf", size: indices.length };
  const varying = [];
  for (let feature2 = 0; feature2 < features; feature2++) {
    let low2 = Number.POSITIVE_INFINITY;
    let high2 = Number.NEGATIVE_INFINITY;
    for (const index of indices) {
      const value2 = rows[index][feature2];
      if (value2 < low2) low2 = value2;
      if (value2 > high2) high2 = value2;
    }
    if (high2 > low2) varying.push({ feature: feature2, low: low2, high: high2 });
  }
  if (varying.length === 0) return { kind: "leaf", size: indices.length };
  const { feature, low, high } = varying[Math.floor(random.uniform() * varying.length)];
  const value = low + random.uniform() * (high - low);
  const left = indices.filter((index) => rows[index][feature] < value);
  const right = indices.filter((index) => rows[index][feature] >= value);
  return {
    kind: "split",
    feature,
    value,
    left: grow(rows, left, depth + 1, limit, features, random),
    right: grow(rows, right, depth + 1, limit, features, random)
  };
}
function fitIsolationForest(rows, options) {
  const n = rows.length;
  if (n < 2) throw new RangeError(`isolation forest: at least 2 rows are needed, got ${n}`);
  const features = rows[0].length;
  const sampleSize = Math.min(options.sampleSize ?? 256, n);
  const limit = Math.ceil(Math.log2(Math.max(2, sampleSize)));
  const random = seededRandom(options.seed);
  const trees = [];
  for (let t = 0; t < (options.trees ?? 100); t++) {
    const indices = sampleWithoutReplacement(n, sampleSize, random);
    const min = new Float64Array(features).fill(Number.POSITIVE_INFINITY);
    const max = new Float64Array(features).fill(Number.NEGATIVE_INFINITY);
    for (const index of indices) {
      const row = rows[index];
      for (let feature = 0; feature < features; feature++) {
        min[feature] = Math.min(min[feature], row[feature]);
        max[feature] = Math.max(max[feature], row[feature]);
      }
    }
    trees.push({ root: grow(rows, indices, 0, limit, features, random), min, max, sample: new Set(indices) });
  }
  return { sampleSize, trees, features };
}
function pathLength(tree, row) {
  let node = tree.root;
  let depth = 0;
  let expected = 0;
  let remaining = 1;
  while (node.kind === "split") {
    const value = row[node.feature];
    const low = tree.min[node.feature];
    const high = tree.max[node.feature];
    const excess = value < low ? low - value : value > high ? value - high : 0;
    if (excess > 0) {
      const isolated = excess / (high - low + excess);
      expected += remaining * isolated * (depth + 1);
      remaining *= 1 - isolated;
    }
    node = value < node.value ? node.left : node.right;
    depth += 1;
  }
  return expected + remaining * (depth + averagePathLength(node.size));
}
function anomalyScore(forest, row, fittedIndex = null) {
  let total = 0;
  let counted = 0;
  for (const tree of forest.trees) {
    if (fittedIndex !== null && tree.sample.has(fittedIndex)) continue;
    total += pathLength(tree, row);
    counted += 1;
  }
  if (counted === 0) return Number.NaN;
  return 2 ** (-(total / counted) / averagePathLength(forest.sampleSize));
}

// src/anomaly/detect.ts
var MIN_BASELINE_OUTPUTS = 20;
function usableColumns(rows) {
  return FEATURE_NAMES.map((_, column) => column).filter(
    (column) => rows.every((row) => Number.isFinite(row[column]))
  );
}
function project(row, columns) {
  return Float64Array.from(columns, (column) => row[column]);
}
function spreadOf(sorted) {
  const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
  if (iqr > 0) return iqr;
  const range = sorted[sorted.length - 1] - sorted[0];
  return range > 0 ? range : 1;
}
function detectAnomalies(baseline, candidate, options) {
  if (baseline.length < MIN_BASELINE_OUTPUTS || candidate.length === 0) return null;
  const baselineRows = baseline.map(featureRow);
  const candidateRows = candidate.map(featureRow);
  const columns = usableColumns([...baselineRows, ...candidateRows]);
  const fitted = baselineRows.map((row) => project(row, columns));
  const trees = options.trees ?? 100;
  const sampleSize = Math.min(256, Math.floor(baseline.length / 2));
  const forest = fitIsolationForest(fitted, { seed: options.seed, trees, sampleSize });
  const baselineScores = fitted.map((row, index) => anomalyScore(forest, row, index));
  const candidateScores = candidateRows.map((row) => anomalyScore(forest, project(row, columns)));
  const threshold = quantileSorted(
    sortedCopy(baselineScores.filter((score) => !Number.isNaN(score))),
    1 - options.contamination
  );
  const baselineById = new Map(baseline.map((observation, index) => [observation.id, baselineScores[index]]));
  const counts = { both: 0, baselineOnly: 0, candidateOnly: 0, neither: 0 };
  candidate.forEach((observation, index) => {
    const baselineScore = baselineById.get(observation.id);
    if (baselineScore === void 0 || Number.isNaN(baselineScore)) return;
    const before = baselineScore > threshold;
    const after = candidateScores[index] > threshold;
    if (before && after) counts.both += 1;
    else if (before) counts.baselineOnly += 1;
    else if (after) counts.candidateOnly += 1;
    else counts.neither += 1;
  });
  const n = counts.both + counts.baselineOnly + counts.candidateOnly + counts.neither;
  if (n === 0) return null;
  const interval = pairedAccuracyDelta(counts, { confidence: options.confidence });
  const sortedColumns = columns.map((column) => sortedCopy(baselineRows.map((row) => row[column])));
  const medians = sortedColumns.map((sorted) => quantileSorted(sorted, 0.5));
  const spreads = sortedColumns.map(spreadOf);
  const order = candidateScores.map((_, index) => index).sort((x, y) => candidateScores[y] - candidateScores[x] || x - y);
  const top = order.slice(0, options.top).map((index) => {
    const row = candidateRows[index];
    const features = columns.map((column, position) => ({
      name: FEATURE_NAMES[column],
      value: row[column],
      baselineMedian: medians[position],
      distance: Math.abs(row[column] - medians[position]) / spreads[position]
    })).sort((x, y) => y.distance - x.distance).slice(0, 3).map(({ name, value, baselineMedian }) => ({ name, value, baselineMedian }));
    return { id: candidate[index].id, score: candidateScores[index], features };
  });
  return {
    method: "isolation-forest",
    seed: options.seed,
    trees,
    sampleSize,
    contamination: options.contamination,
    threshold,
    features: columns.map((column) => FEATURE_NAMES[column]),
    n,
    baselineRate: (counts.both + counts.baselineOnly) / n,
    candidateRate: (counts.both + counts.candidateOnly) / n,
    delta: interval.delta,
    pValue: mcnemarExact(counts.baselineOnly, counts.candidateOnly).pValue,
    ciLow: interval.ciLow,
    ciHigh: interval.ciHigh,
    top
  };
}

// src/anomaly/observations.ts
function observationOfRow(table2, row) {
  const output = table2.outputOf(row);
  const length = table2.lengthOf(row);
  if (output === null || length === null || table2.errorOf(row) !== void 0) return null;
  return {
    id: table2.id(row),
    output,
    chars: length.chars,
    words: length.words,
    // Token counts exist only in a tokens run (metrics/lengths.ts): words stand in for them otherwise.
    tokens: length.tokens ?? length.words,
    latencyMs: table2.latencyOf(row),
    completionTokens: table2.usageOf(row)?.completionTokens,
    score: table2.scoreOf(row)
  };
}

// src/anomaly/report.ts
var keptChars = 500;
function clip(text) {
  const characters = Array.from(text);
  return characters.length <= keptChars ? text : `${characters.slice(0, keptChars - 1).join("")}\u2026`;
}
function anomalyReport(summary, inputs, outputs) {
  return {
    ...summary,
    top: summary.top.map((example) => ({
      ...example,
      input: clip(inputs.get(example.id) ?? ""),
      output: clip(outputs.get(example.id) ?? "")
    }))
  };
}

// src/anomaly/run.ts
var ANOMALY_SAMPLE_SIZE = 2e4;
function sampleRows(total, size, seed) {
  const random = seededRandom(seed);
  const rows = new Int32Array(total);
  for (let row = 0; row < total; row++) rows[row] = row;
  for (let k = 0; k < size; k++) {
    const pick = k + Math.floor(random.uniform() * (total - k));
    const chosen = rows[pick];
    rows[pick] = rows[k];
    rows[k] = chosen;
  }
  return rows.slice(0, size).sort();
}
function observationsOfRows(table2, rows) {
  const observations = [];
  const add = (row) => {
    const observation = observationOfRow(table2, row);
    if (observation) observations.push(observation);
  };
  if (rows === null) for (let row = 0; row < table2.size; row++) add(row);
  else for (const row of rows) add(row);
  return observations;
}
function snapshotAnomalies(baseline, candidate, options) {
  const sampled = candidate.records.size > ANOMALY_SAMPLE_SIZE;
  let baselineObservations;
  let candidateObservations;
  if (sampled) {
    const candidateRows = sampleRows(candidate.records.size, ANOMALY_SAMPLE_SIZE, options.seed);
    const chosen = /* @__PURE__ */ new Map();
    for (const row of candidateRows) chosen.set(candidate.records.id(row), row);
    const baselineRows = [];
    for (let row = 0; row < baseline.records.size; row++)
      if (chosen.has(baseline.records.id(row))) baselineRows.push(row);
    baselineObservations = observationsOfRows(baseline.records, baselineRows);
    candidateObservations = observationsOfRows(candidate.records, candidateRows);
  } else {
    baselineObservations = observationsOfRows(baseline.records, null);
    candidateObservations = observationsOfRows(candidate.records, null);
  }
  const detected = detectAnomalies(baselineObservations, candidateObservations, options);
  if (!detected) return { summary: null, report: null };
  const summary = sampled ? { ...detected, sampledFrom: { baseline: baseline.records.size, candidate: candidate.records.size } } : detected;
  const listed = new Set(summary.top.map((example) => example.id));
  const rowOf = candidate.records.rowOfId();
  const inputs = new Map([...listed].map((id) => [id, candidate.records.inputOf(rowOf.get(id) ?? -1) ?? ""]));
  const outputs = new Map(
    candidateObservations.filter((observation) => listed.has(observation.id)).map((observation) => [observation.id, observation.output])
  );
  return { summary, report: anomalyReport(summary, inputs, outputs) };
}

// src/stats/paired-t.ts
var import_jstat = __toESM(require_jstat(), 1);
var { jStat } = import_jstat.default;
function pairedT(baseline, candidate, confidence) {
  const n = baseline.length;
  if (candidate.length !== n) {
    throw new RangeError(`paired t: ${n} baseline values but ${candidate.length} candidate values`);
  }
  let baselineSum = 0;
  let candidateSum = 0;
  for (let i = 0; i < n; i++) {
    baselineSum += baseline[i];
    candidateSum += candidate[i];
  }
  const delta = (candidateSum - baselineSum) / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (candidate[i] - baseline[i] - delta) ** 2;
  const means = { baseline: baselineSum / n, candidate: candidateSum / n, delta };
  if (n < 2 || squares === 0) return { ...means, ciLow: delta, ciHigh: delta, pValue: delta === 0 ? 1 : 0 };
  const standardError = Math.sqrt(squares / (n - 1) / n);
  const critical = jStat.studentt.inv(1 - (1 - confidence) / 2, n - 1);
  const t = delta / standardError;
  return {
    ...means,
    ciLow: delta - critical * standardError,
    ciHigh: delta + critical * standardError,
    pValue: 2 * (1 - jStat.studentt.cdf(Math.abs(t), n - 1))
  };
}

// src/stats/bootstrap.ts
function createMultinomialSampler(counts, seed) {
  const random = seededRandom(seed);
  let total = 0;
  counts.forEach((count2, cell) => {
    if (!(Number.isInteger(count2) && count2 >= 0)) {
      throw new RangeError(`bootstrap: cell ${cell} count must be a non-negative integer, got ${count2}`);
    }
    total += count2;
  });
  const order = counts.map((count2, cell) => ({ count: count2, cell })).filter(({ count: count2 }) => count2 > 0).sort((a, b) => b.count - a.count || a.cell - b.cell).map(({ cell }) => cell);
  const countBefore = new Float64Array(order.length + 1);
  order.forEach((cell, i) => {
    countBefore[i + 1] = countBefore[i] + counts[cell];
  });
  function placeRowsOneByOne(resampled, first, rows) {
    const offset = countBefore[first];
    const span = total - offset;
    for (let r = 0; r < rows; r++) {
      const target = offset + random.uniform() * span;
      let low = first;
      let high = order.length - 1;
      while (low < high) {
        const middle = low + high >>> 1;
        if (countBefore[middle + 1] > target) high = middle;
        else low = middle + 1;
      }
      const cell = order[low];
      resampled[cell] = resampled[cell] + 1;
    }
  }
  return (resampled) => {
    resampled.fill(0);
    let rows = total;
    for (let i = 0; i < order.length && rows > 0; i++) {
      if (rows < order.length - i) {
        placeRowsOneByOne(resampled, i, rows);
        return;
      }
      const cell = order[i];
      const count2 = counts[cell];
      const remainingCount = total - countBefore[i];
      const drawn = count2 === remainingCount ? rows : random.binomial(rows, count2 / remainingCount);
      resampled[cell] = drawn;
      rows -= drawn;
    }
  };
}
function multinomialBootstrap(options) {
  const { counts, resamples, seed, confidence, statistic } = options;
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`bootstrap: confidence must be between 0 and 1, got ${confidence}`);
  }
  const sample = createMultinomialSampler(counts, seed);
  const resampled = new Float64Array(counts.length);
  let values = [];
  for (let r = 0; r < resamples; r++) {
    sample(resampled);
    const result = statistic(resampled);
    if (r === 0) values = result.map(() => new Float64Array(resamples));
    if (result.length !== values.length) {
      throw new RangeError(`bootstrap: statistic returned ${result.length} values, expected ${values.length}`);
    }
    for (let s = 0; s < result.length; s++) {
      const value = result[s];
      if (!Number.isFinite(value)) throw new RangeError(`bootstrap: statistic ${s} is not finite (${value})`);
      values[s][r] = value;
    }
  }
  const tail = (1 - confidence) / 2;
  const lows = [];
  const highs = [];
  for (const column of values) {
    column.sort();
    lows.push(quantileSorted(column, tail));
    highs.push(quantileSorted(column, 1 - tail));
  }
  return { lows, highs };
}

// src/compare/f1-deltas.ts
function cellsOf(pairs, index, other) {
  const size = other + 1;
  const countByKey = /* @__PURE__ */ new Map();
  const at = (label) => index.get(label ?? "") ?? other;
  for (const { baseline, candidate } of pairs) {
    const key = (at(candidate.expected) * size + at(baseline.prediction)) * size + at(candidate.prediction);
    countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
  }
  const keys = [...countByKey.keys()].sort((x, y) => x - y);
  return {
    expected: Int32Array.from(keys, (key) => Math.floor(key / (size * size))),
    baseline: Int32Array.from(keys, (key) => Math.floor(key / size) % size),
    candidate: Int32Array.from(keys, (key) => key % size),
    counts: keys.map((key) => countByKey.get(key))
  };
}
function sideCounts(size) {
  return { truePositives: new Float64Array(size), support: new Float64Array(size), predicted: new Float64Array(size) };
}
function fillSide(side, cells, predictions, counts) {
  side.truePositives.fill(0);
  side.support.fill(0);
  side.predicted.fill(0);
  const labelCount = side.support.length;
  for (let cell = 0; cell < counts.length; cell += 1) {
    const count2 = counts[cell];
    if (count2 === 0) continue;
    const expected = cells.expected[cell];
    const predicted = predictions[cell];
    side.support[expected] = side.support[expected] + count2;
    if (predicted === labelCount) continue;
    side.predicted[predicted] = side.predicted[predicted] + count2;
    if (predicted === expected) side.truePositives[expected] = side.truePositives[expected] + count2;
  }
}
function sideScores(labelSet, side) {
  const { labels } = labelSet;
  if (labelSet.source !== "inferred") return scoresFromCounts(labels, side);
  const active = [];
  for (let k = 0; k < labels.length; k += 1)
    if (side.support[k] + side.predicted[k] > 0) active.push(k);
  if (active.length === labels.length) return scoresFromCounts(labels, side);
  const scores = scoresFromCounts(labels, side, active);
  for (const label of labels) scores.perClass[label] ??= { precision: 0, recall: 0, f1: 0, support: 0 };
  return scores;
}
function deltaStatistic(cells, labelSet) {
  const size = labelSet.labels.length;
  const baseline = sideCounts(size);
  const candidate = sideCounts(size);
  return (counts) => {
    fillSide(baseline, cells, cells.baseline, counts);
    fillSide(candidate, cells, cells.candidate, counts);
    const before = sideScores(labelSet, baseline);
    const after = sideScores(labelSet, candidate);
    return [
      after.macroF1 - before.macroF1,
      after.microF1 - before.microF1,
      after.weightedF1 - before.weightedF1,
      ...labelSet.labels.map((label) => (after.perClass[label]?.f1 ?? 0) - (before.perClass[label]?.f1 ?? 0))
    ];
  };
}
function scoresOfCells(cells, labelSet) {
  const size = labelSet.labels.length;
  const baseline = sideCounts(size);
  const candidate = sideCounts(size);
  fillSide(baseline, cells, cells.baseline, cells.counts);
  fillSide(candidate, cells, cells.candidate, cells.counts);
  return { before: sideScores(labelSet, baseline), after: sideScores(labelSet, candidate) };
}
function pairedLabelSet(pairs, declared) {
  function* expectedOf() {
    for (const { candidate } of pairs) yield candidate.expected;
  }
  function* predictions() {
    for (const { baseline, candidate } of pairs) {
      yield baseline.prediction ?? "";
      yield candidate.prediction ?? "";
    }
  }
  return resolveLabelSet(declared, expectedOf(), predictions());
}
function cellTable(pairs, declared = null) {
  const labelSet = pairedLabelSet(pairs, declared);
  return { labelSet, cells: cellsOf(pairs, labelIndex(labelSet), labelSet.labels.length) };
}
function bootstrapPValue(samples, changedAnswers) {
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (const value of samples) {
    if (value <= 0) atOrBelow += 1;
    if (value >= 0) atOrAbove += 1;
  }
  const bootstrap = 2 * (Math.min(atOrBelow, atOrAbove) + 1) / (samples.length + 1);
  const exactFloor = 2 * 0.5 ** changedAnswers;
  return Math.min(1, Math.max(bootstrap, exactFloor));
}
function changedAnswersOf(cells) {
  let changed = 0;
  cells.counts.forEach((count2, cell) => {
    if (cells.baseline[cell] !== cells.candidate[cell]) changed += count2;
  });
  return changed;
}
function f1Deltas(pairs, options) {
  const { labelSet, cells } = cellTable(pairs, options.labels ?? null);
  return f1DeltasOfCells(labelSet, cells, options);
}
function f1DeltasOfCells(labelSet, cells, options) {
  const { labels } = labelSet;
  const statistic = deltaStatistic(cells, labelSet);
  const samples = [0, 1, 2, ...labels.map((_, position) => 3 + position)].map(
    () => new Float64Array(options.resamples)
  );
  let resample = 0;
  const bootstrap = multinomialBootstrap({
    counts: cells.counts,
    resamples: options.resamples,
    seed: options.seed,
    confidence: options.confidence,
    statistic: (counts) => {
      const values = statistic(counts);
      if (resample < options.resamples)
        values.forEach((value, position) => {
          samples[position][resample] = value;
        });
      resample += 1;
      return values;
    }
  });
  const { before, after } = scoresOfCells(cells, labelSet);
  const changedAnswers = changedAnswersOf(cells);
  const allPValues = samples.map((values) => bootstrapPValue(values, changedAnswers));
  const delta = (position, baseline, candidate) => ({
    baseline,
    candidate,
    delta: candidate - baseline,
    ciLow: bootstrap.lows[position] ?? null,
    ciHigh: bootstrap.highs[position] ?? null,
    pValue: allPValues[position] ?? null
  });
  const pValues = allPValues.slice(3);
  const gated = labels.flatMap((label, position) => (after.perClass[label]?.support ?? 0) > 0 ? [position] : []);
  const adjusted = holmAdjust(gated.map((position) => pValues[position]));
  const holm = new Map(gated.map((position, rank) => [position, adjusted[rank]]));
  const perClass = /* @__PURE__ */ Object.create(null);
  labels.forEach((label, position) => {
    perClass[label] = {
      ...delta(3 + position, before.perClass[label]?.f1 ?? 0, after.perClass[label]?.f1 ?? 0),
      pValue: pValues[position] ?? null,
      holmPValue: holm.get(position) ?? null,
      support: after.perClass[label]?.support ?? 0
    };
  });
  return {
    labels,
    labelSet,
    macroF1: delta(0, before.macroF1, after.macroF1),
    microF1: delta(1, before.microF1, after.microF1),
    weightedF1: delta(2, before.weightedF1, after.weightedF1),
    perClass
  };
}

// src/compare/flips.ts
function pairedCounts(pairs) {
  const counts = { both: 0, baselineOnly: 0, candidateOnly: 0, neither: 0 };
  for (const { baseline, candidate } of pairs) {
    if (baseline.correct && candidate.correct) counts.both += 1;
    else if (baseline.correct) counts.baselineOnly += 1;
    else if (candidate.correct) counts.candidateOnly += 1;
    else counts.neither += 1;
  }
  return counts;
}
function sliceKey(tag, value) {
  return `${tag.replace(/[\\=]/g, (char) => `\\${char}`)}=${value}`;
}
function tally(groups, key, pair, empty) {
  const counts = groups.get(key) ?? empty();
  counts.n += 1;
  if (pair.baseline.correct) counts.baselineRight += 1;
  if (pair.candidate.correct) counts.candidateRight += 1;
  if (pair.baseline.correct && !pair.candidate.correct) counts.negative += 1;
  if (!pair.baseline.correct && pair.candidate.correct) counts.positive += 1;
  groups.set(key, counts);
}
var emptyCounts = () => ({ negative: 0, positive: 0, n: 0, baselineRight: 0, candidateRight: 0 });
function flipsOf(pairs, counts, confidence, byClass) {
  const classGroups = /* @__PURE__ */ new Map();
  const sliceGroups = /* @__PURE__ */ new Map();
  for (const pair of pairs) {
    if (byClass) tally(classGroups, pair.candidate.expected, pair, emptyCounts);
    for (const [tag, value] of Object.entries(pair.candidate.tags))
      tally(sliceGroups, sliceKey(tag, value), pair, () => ({ tag, value, ...emptyCounts() }));
  }
  const n = pairs.length;
  const rate = wilsonInterval(counts.baselineOnly, n, { confidence });
  const sorted = (groups) => Object.fromEntries([...groups.entries()].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0));
  return {
    negative: counts.baselineOnly,
    positive: counts.candidateOnly,
    n,
    baselineRight: counts.both + counts.baselineOnly,
    candidateRight: counts.both + counts.candidateOnly,
    negativeFlipRate: n === 0 ? 0 : counts.baselineOnly / n,
    ciLow: rate.ciLow,
    ciHigh: rate.ciHigh,
    backwardTrustCompatibility: counts.both + counts.baselineOnly === 0 ? null : counts.both / (counts.both + counts.baselineOnly),
    byClass: sorted(classGroups),
    bySlice: sorted(
      new Map(
        [...sliceGroups.entries()].map(([key, group]) => [
          key,
          { ...group, negativeFlipRate: group.negative / group.n }
        ])
      )
    )
  };
}

// src/compare/invalid-rate.ts
function invalidRateOf(pairs, labelSet, confidence) {
  const index = labelIndex(labelSet);
  let both = 0;
  let baselineOnly = 0;
  let candidateOnly = 0;
  for (const { baseline, candidate } of pairs) {
    const before = isInvalid(labelSet, index, baseline.prediction ?? "");
    const after = isInvalid(labelSet, index, candidate.prediction ?? "");
    if (before && after) both += 1;
    else if (before) baselineOnly += 1;
    else if (after) candidateOnly += 1;
  }
  const n = pairs.length;
  const interval = pairedAccuracyDelta(
    { both, baselineOnly, candidateOnly, neither: n - both - baselineOnly - candidateOnly },
    { confidence }
  );
  return {
    baseline: n === 0 ? 0 : (both + baselineOnly) / n,
    candidate: n === 0 ? 0 : (both + candidateOnly) / n,
    delta: interval.delta,
    ciLow: interval.ciLow,
    ciHigh: interval.ciHigh,
    pValue: mcnemarExact(baselineOnly, candidateOnly).pValue,
    baselineOnly,
    candidateOnly,
    both
  };
}

// src/compare/latency-shift.ts
function weightedAt(values, order, weights, position) {
  let seen = 0;
  for (const index of order) {
    seen += weights[index];
    if (seen > position) return values[index];
  }
  return values[order[order.length - 1]];
}
function weightedQuantile(values, order, weights, total, q) {
  const position = (total - 1) * q;
  const lower = Math.floor(position);
  const low = weightedAt(values, order, weights, lower);
  const high = weightedAt(values, order, weights, Math.min(lower + 1, total - 1));
  return low + (high - low) * (position - lower);
}
var orderOf = (values) => Uint32Array.from(values.keys()).sort((i, j) => values[i] - values[j]);
function latencyShiftOf(pairs, options) {
  const timed = [];
  for (const { baseline: baseline2, candidate: candidate2 } of pairs) {
    if (baseline2.latencyMs !== void 0 && candidate2.latencyMs !== void 0)
      timed.push({ baseline: baseline2.latencyMs, candidate: candidate2.latencyMs });
  }
  const n = timed.length;
  if (n < 2) return null;
  const baseline = Float64Array.from(timed, (pair) => pair.baseline);
  const candidate = Float64Array.from(timed, (pair) => pair.candidate);
  const baselineP95 = quantileSorted(sortedCopy(baseline), 0.95);
  const candidateP95 = quantileSorted(sortedCopy(candidate), 0.95);
  const [baselineOrder, candidateOrder] = [orderOf(baseline), orderOf(candidate)];
  const { lows, highs } = multinomialBootstrap({
    counts: new Array(n).fill(1),
    resamples: options.resamples,
    seed: options.seed,
    confidence: options.confidence,
    statistic: (weights) => [
      weightedQuantile(candidate, candidateOrder, weights, n, 0.95) - weightedQuantile(baseline, baselineOrder, weights, n, 0.95)
    ]
  });
  return {
    n,
    baselineP95,
    candidateP95,
    p95Delta: candidateP95 - baselineP95,
    p95DeltaCiLow: lows[0],
    p95DeltaCiHigh: highs[0]
  };
}

// src/stats/kolmogorov.ts
var SCALE_EXPONENT = 128;
var SCALE_UP = 2 ** SCALE_EXPONENT;
var SCALE_DOWN = 2 ** -SCALE_EXPONENT;
var LOG_2PI = Math.log(2 * Math.PI);
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var MIN_LOG = -708;
var STIRLING_COEFFICIENTS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function clipProbability(p) {
  return Math.min(1, Math.max(0, p));
}
function scaleByPowerOfTwo(x, exponent) {
  let result = x;
  let remaining = exponent;
  while (remaining > 1e3) {
    result *= 2 ** 1e3;
    remaining -= 1e3;
  }
  while (remaining < -1e3) {
    result *= 2 ** -1e3;
    remaining += 1e3;
  }
  return result * 2 ** remaining;
}
function logFactorialOverPower(n) {
  const reciprocal = 1 / n;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * (reciprocal / n) + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + reciprocal * series;
}
function smirnovSf(n, e) {
  if (!(n > 0 && e >= 0 && e <= 1)) return Number.NaN;
  if (e === 0) return 1;
  const last = Math.floor(n * (1 - e));
  const logNFactorial = logFactorial(n);
  let sum = 0;
  for (let v = 0; v <= last; v++) {
    const lower = e + v / n;
    const upper = 1 - lower;
    if (upper <= 0) continue;
    const logTerm = logNFactorial - logFactorial(v) - logFactorial(n - v) + (v - 1) * Math.log(lower) + (n - v) * Math.log(upper);
    if (logTerm > MIN_LOG) sum += Math.exp(logTerm);
  }
  return sum * e;
}
function multiply(a, b, size) {
  const product = Array.from({ length: size }, () => new Float64Array(size));
  for (let i = 0; i < size; i++) {
    const row = a[i];
    const out = product[i];
    for (let k = 0; k < size; k++) {
      const factor = row[k];
      if (factor === 0) continue;
      const other = b[k];
      for (let j = 0; j < size; j++) out[j] = out[j] + factor * other[j];
    }
  }
  return product;
}
function durbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  const tail = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tail) * factorial;
  let matrix = Array.from({ length: m }, () => new Float64Array(m));
  for (let column = 1; column < m; column++) {
    for (let row = column - 1; row < m; row++) matrix[row][column] = w[row - column + 1];
  }
  for (let row = 0; row < m; row++) matrix[row][0] = v[row];
  for (let column = 0; column < m; column++) matrix[m - 1][column] = v[m - 1 - column];
  let power = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m);
    row[i] = 1;
    return row;
  });
  let remaining = n;
  let exponent = 0;
  let matrixExponent = 0;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    const diagonal = matrix[k - 1];
    if (Math.abs(diagonal[k - 1]) > SCALE_UP) {
      for (const row of matrix) for (let j = 0; j < m; j++) row[j] = row[j] / SCALE_UP;
      matrixExponent += SCALE_EXPONENT;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = power[k - 1][k - 1];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
  }
  return clipProbability(exponent === 0 ? p : scaleByPowerOfTwo(p, exponent));
}
function pomeranzBounds(i, n, ll, ceilF, roundF) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function pomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powerCount = 2 * (ll + 1);
  const gPower = new Float64Array(powerCount);
  const twoGPower = new Float64Array(powerCount);
  const oneMinusTwoGPower = new Float64Array(powerCount);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powerCount; m++) {
    gPower[m] = gPower[m - 1] * (g / n) / m;
    twoGPower[m] = twoGPower[m - 1] * (2 * g / n) / m;
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * ((1 - 2 * g) / n) / m;
  }
  let previous = new Float64Array(powerCount);
  let current = new Float64Array(powerCount);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const span = j2 - k1 + 1;
    if (span > 0) {
      const offset = k1 - previousStart;
      const sourceLength = Math.min(span, powerCount - offset);
      const weightLength = Math.min(span, powerCount);
      const outputStart = j1 - k1;
      const outputLength = j2 - j1 + 1;
      let largest = 0;
      for (let out = 0; out < outputLength; out++) {
        const index = outputStart + out;
        let sum = 0;
        const from = Math.max(0, index - weightLength + 1);
        const to = Math.min(index, sourceLength - 1);
        for (let s = from; s <= to; s++) sum += previous[offset + s] * weights[index - s];
        current[out] = sum;
        if (sum > largest) largest = sum;
      }
      if (largest > 0 && largest < SCALE_DOWN) {
        for (let out = 0; out < outputLength; out++) current[out] = current[out] * SCALE_UP;
        exponent -= SCALE_EXPONENT;
      }
      currentStart = previousStart + j1 - k1;
    }
  }
  let answer = current[n - currentStart];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    answer *= m;
  }
  return clipProbability(exponent === 0 ? answer : scaleByPowerOfTwo(answer, exponent));
}
function pelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI_SQUARED / 8 / z2;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * z2) / 16;
  const k3d = PI_SIX * (5 - 30 * z2) / 64;
  const k3c = PI_FOUR * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI_SQUARED * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil(16 * z / Math.PI);
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) terms[i] = terms[i] * qPower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = terms[i] * q * SQRT_2PI / divisors[i];
  q = Math.exp(-PI_SQUARED / 2 / z2);
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = maxK; k > 0; k--) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2Extra += k2 * qPower;
    k3Extra += (SQRT3 * z + Math.PI * k) * (SQRT3 * z - Math.PI * k) * k2 * qPower;
  }
  terms[2] = terms[2] + k2Extra * PI_SQUARED * SQRT_2PI / (-36 * z3);
  terms[3] = terms[3] + k3Extra * PI_SQUARED * SQRT_2PI / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += terms[i] / n ** (i / 2);
  return sum;
}
function kolmogorovSf(n, x) {
  if (!(Number.isInteger(n) && n > 0)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i / n * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf2);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clipProbability(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clipProbability(1 - pomeranzCdf(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  let cdf;
  if (nxSquared >= 18) cdf = 1;
  else if (n <= 1e5 && n * x ** 1.5 <= 1.4) cdf = durbinMatrixCdf(n, x);
  else cdf = pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}

// src/stats/ks-two-sample.ts
var KS_EXACT_MAX_N = 1e4;
function greatestCommonDivisor(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function probabilityOutsideSquare(n, h) {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) term = (n - k * h - j) * term / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}
function probabilityOutsideBand(m0, n0, g, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const windowLength = Math.min(2 * maxJ + 2, n + 1);
  const column = new Float64Array(windowLength).fill(1);
  column.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ) return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ;
      value = (column[jj + minJ - lastMinJ] * i + value * j) / (i + j);
      column[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength) column.fill(1, maxJ - minJ, maxJ - minJ + (lastLength - currentLength));
  }
  return column[maxJ - minJ - 1];
}
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}
function sortedFinite(values, name) {
  const sorted = Float64Array.from(values);
  if (sorted.length === 0) throw new RangeError(`ks2samp: ${name} is empty`);
  for (const value of sorted) {
    if (!Number.isFinite(value)) throw new RangeError(`ks2samp: ${name} holds a non-finite value ${value}`);
  }
  return sortNumbers(sorted);
}
function ksStatistic(sortedX, sortedY) {
  const n1 = sortedX.length;
  const n2 = sortedY.length;
  let i = 0;
  let j = 0;
  let maxDifference = Number.NEGATIVE_INFINITY;
  let minDifference = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? sortedX[i] : Infinity, j < n2 ? sortedY[j] : Infinity);
    while (i < n1 && sortedX[i] <= next) i++;
    while (j < n2 && sortedY[j] <= next) j++;
    const difference = i / n1 - j / n2;
    if (difference > maxDifference) maxDifference = difference;
    if (difference < minDifference) minDifference = difference;
  }
  const minS = Math.min(1, Math.max(0, -minDifference));
  return Math.max(minS, maxDifference);
}
function ks2samp(x, y) {
  const sortedX = sortedFinite(x, "first sample");
  const sortedY = sortedFinite(y, "second sample");
  const n1 = sortedX.length;
  const n2 = sortedY.length;
  let statistic = ksStatistic(sortedX, sortedY);
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = greatestCommonDivisor(n1, n2);
    const lcm = n1 / g * n2;
    const h = roundHalfEven(statistic * lcm);
    statistic = h / lcm;
    if (h === 0) return { statistic, pValue: 1, method: "exact" };
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic, pValue: p, method: "exact" };
  }
  const effectiveN = roundHalfEven(n1 * n2 / (n1 + n2));
  return { statistic, pValue: kolmogorovSf(effectiveN, statistic), method: "asymptotic" };
}

// src/stats/lengths-shift.ts
function sortedLengths(values, name) {
  const sorted = Float64Array.from(values);
  if (sorted.length === 0) throw new RangeError(`lengths shift: ${name} is empty`);
  for (const value of sorted) {
    if (!Number.isFinite(value)) throw new RangeError(`lengths shift: ${name} holds a non-finite value ${value}`);
  }
  return sortNumbers(sorted);
}
function wasserstein1Sorted(sortedX, sortedY) {
  const n1 = sortedX.length;
  const n2 = sortedY.length;
  let i = 0;
  let j = 0;
  let distance = 0;
  let current = Math.min(sortedX[0], sortedY[0]);
  while (i < n1 || j < n2) {
    while (i < n1 && sortedX[i] <= current) i++;
    while (j < n2 && sortedY[j] <= current) j++;
    if (i === n1 && j === n2) break;
    const next = Math.min(i < n1 ? sortedX[i] : Infinity, j < n2 ? sortedY[j] : Infinity);
    distance += Math.abs(i / n1 - j / n2) * (next - current);
    current = next;
  }
  return distance;
}
function mean(values) {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
function lengthDistributionShift(baseline, candidate) {
  const before = sortedLengths(baseline, "baseline lengths");
  const after = sortedLengths(candidate, "candidate lengths");
  const quantileDelta = (q) => quantileSorted(after, q) - quantileSorted(before, q);
  return {
    meanDelta: mean(after) - mean(before),
    medianDelta: quantileDelta(0.5),
    p90Delta: quantileDelta(0.9),
    p99Delta: quantileDelta(0.99),
    wasserstein: wasserstein1Sorted(before, after),
    ks: ks2samp(before, after)
  };
}

// src/stats/median-interval.ts
var WINDOW_WIDTHS = 6;
function classify(lengths, name) {
  const n = lengths.length;
  const sorted = Float64Array.from(lengths);
  for (const value of sorted) {
    if (!Number.isFinite(value)) throw new RangeError(`median interval: ${name} holds a non-finite value ${value}`);
  }
  sorted.sort();
  const margin = Math.ceil(WINDOW_WIDTHS * Math.sqrt(n)) + 2;
  const low = sorted[Math.max(0, Math.floor((n - 1) / 2) - margin)];
  const high = sorted[Math.min(n - 1, Math.ceil((n - 1) / 2) + margin)];
  const windowValues = [];
  for (const value of sorted) {
    if (value >= low && value <= high && value !== windowValues[windowValues.length - 1]) windowValues.push(value);
  }
  const index = new Map(windowValues.map((value, i) => [value, i + 1]));
  const above = windowValues.length + 1;
  const classOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const value = lengths[i];
    classOf[i] = value < low ? 0 : value > high ? above : index.get(value);
  }
  return { classOf, values: Float64Array.from([low, ...windowValues, high]) };
}
function medianOfCounts(classCounts, values, total) {
  const lowerRank = Math.floor((total - 1) / 2);
  const upperRank = Math.ceil((total - 1) / 2);
  let seen = 0;
  let lower = Number.NaN;
  for (let k = 0; k < classCounts.length; k++) {
    seen += classCounts[k];
    if (Number.isNaN(lower) && seen > lowerRank) lower = values[k];
    if (seen > upperRank) return (lower + values[k]) / 2;
  }
  return lower;
}
function bootstrapMedianDeltas(options) {
  const { baseline, candidate, resamples, seed } = options;
  const n = baseline.length;
  if (n === 0 || candidate.length !== n) {
    throw new RangeError(`median interval: need paired lengths, got ${n} baseline and ${candidate.length} candidate`);
  }
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new RangeError(`median interval: resamples must be a positive integer, got ${resamples}`);
  }
  const before = classify(baseline, "baseline lengths");
  const after = classify(candidate, "candidate lengths");
  const afterClasses = after.values.length;
  const cellOfPair = /* @__PURE__ */ new Map();
  const cellCounts = [];
  const cellBefore = [];
  const cellAfter = [];
  for (let i = 0; i < n; i++) {
    const b = before.classOf[i];
    const a = after.classOf[i];
    const key = b * afterClasses + a;
    let cell = cellOfPair.get(key);
    if (cell === void 0) {
      cell = cellCounts.length;
      cellOfPair.set(key, cell);
      cellCounts.push(0);
      cellBefore.push(b);
      cellAfter.push(a);
    }
    cellCounts[cell] = cellCounts[cell] + 1;
  }
  const observed = (side, cellSide) => {
    const classCounts = new Float64Array(side.values.length);
    cellSide.forEach((k, cell) => {
      classCounts[k] = classCounts[k] + cellCounts[cell];
    });
    return medianOfCounts(classCounts, side.values, n);
  };
  const delta = observed(after, cellAfter) - observed(before, cellBefore);
  const sample = createMultinomialSampler(cellCounts, seed);
  const resampled = new Float64Array(cellCounts.length);
  const beforeCounts = new Float64Array(before.values.length);
  const afterCounts = new Float64Array(afterClasses);
  const deltas = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    sample(resampled);
    beforeCounts.fill(0);
    afterCounts.fill(0);
    for (let cell = 0; cell < resampled.length; cell++) {
      const rows = resampled[cell];
      if (rows === 0) continue;
      const b = cellBefore[cell];
      const a = cellAfter[cell];
      beforeCounts[b] = beforeCounts[b] + rows;
      afterCounts[a] = afterCounts[a] + rows;
    }
    deltas[r] = medianOfCounts(afterCounts, after.values, n) - medianOfCounts(beforeCounts, before.values, n);
  }
  return { delta, deltas };
}
function medianDeltaInterval(options) {
  const { confidence } = options;
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`median interval: confidence must be between 0 and 1, got ${confidence}`);
  }
  const { delta, deltas } = bootstrapMedianDeltas(options);
  deltas.sort();
  const tail = (1 - confidence) / 2;
  return { delta, ciLow: quantileSorted(deltas, tail), ciHigh: quantileSorted(deltas, 1 - tail) };
}

// src/stats/wilcoxon.ts
var EXACT_MAX_N = 50;
function signedRankSums(d) {
  let positives = 0;
  for (const value of d) if (value > 0) positives += 1;
  const plus = new Float64Array(positives);
  const minus = new Float64Array(d.length - positives);
  let p = 0;
  let m = 0;
  for (const value of d) {
    if (value > 0) plus[p++] = value;
    else minus[m++] = -value;
  }
  sortNumbers(plus);
  sortNumbers(minus);
  let rankPlus = 0;
  let rankMinus = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  while (i < plus.length || j < minus.length) {
    const value = Math.min(
      i < plus.length ? plus[i] : Number.POSITIVE_INFINITY,
      j < minus.length ? minus[j] : Number.POSITIVE_INFINITY
    );
    const start = i + j;
    let inPlus = 0;
    while (i < plus.length && plus[i] === value) {
      i++;
      inPlus++;
    }
    let inMinus = 0;
    while (j < minus.length && minus[j] === value) {
      j++;
      inMinus++;
    }
    const size = inPlus + inMinus;
    const rank = (start + start + size + 1) / 2;
    rankPlus += inPlus * rank;
    rankMinus += inMinus * rank;
    tieTerm += size * (size * size - 1);
  }
  return { rankPlus, rankMinus, tieTerm };
}
function signedRankPmf(n) {
  const maxSum = n * (n + 1) / 2;
  const counts = new Float64Array(maxSum + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    for (let sum = rank * (rank + 1) / 2; sum >= rank; sum--)
      counts[sum] = counts[sum] + counts[sum - rank];
  }
  const scale = 2 ** -n;
  return counts.map((count2) => count2 * scale);
}
function wilcoxonSignedRank(differences) {
  const all = Float64Array.from(differences);
  for (const value of all) {
    if (!Number.isFinite(value)) throw new RangeError(`wilcoxon: non-finite difference ${value}`);
  }
  if (all.length === 0) return { statistic: Number.NaN, pValue: Number.NaN, method: "exact" };
  const zeros = all.reduce((count3, value) => count3 + (value === 0 ? 1 : 0), 0);
  const method = all.length <= EXACT_MAX_N && zeros === 0 ? "exact" : "approx";
  const d = method === "approx" ? all.filter((value) => value !== 0) : all;
  const count2 = d.length;
  if (count2 === 0) return { statistic: 0, pValue: 1, method };
  const { rankPlus, rankMinus, tieTerm } = signedRankSums(d);
  const statistic = Math.min(rankPlus, rankMinus);
  if (method === "approx") {
    const mean2 = count2 * (count2 + 1) * 0.25;
    const variance = (count2 * (count2 + 1) * (2 * count2 + 1) - 0.5 * tieTerm) / 24;
    const z = (statistic - mean2) / Math.sqrt(variance);
    return { statistic, pValue: Math.min(1, 2 * normalSf(Math.abs(z))), method };
  }
  const pmf = signedRankPmf(count2);
  const observed = Math.trunc(rankPlus);
  if (observed === Math.floor((pmf.length - 1) / 2)) return { statistic, pValue: 1, method };
  let lower = 0;
  let upper = 0;
  for (let s = 0; s < pmf.length; s++) {
    if (s <= observed) lower += pmf[s];
    if (s >= observed) upper += pmf[s];
  }
  return { statistic, pValue: Math.min(1, Math.max(0, 2 * Math.min(lower, upper))), method };
}

// src/compare/pairs.ts
var PairTable = class {
  constructor(baseline, candidate, baselineRows, candidateRows) {
    this.baseline = baseline;
    this.candidate = candidate;
    this.baselineRows = baselineRows;
    this.candidateRows = candidateRows;
  }
  baseline;
  candidate;
  baselineRows;
  candidateRows;
  get length() {
    return this.candidateRows.length;
  }
  *[Symbol.iterator]() {
    const pair = { baseline: new RecordView(this.baseline, -1), candidate: new RecordView(this.candidate, -1) };
    for (let k = 0; k < this.candidateRows.length; k++) {
      pair.baseline.row = this.baselineRows[k];
      pair.candidate.row = this.candidateRows[k];
      yield pair;
    }
  }
  /** One side's output lengths in `unit`, pair by pair (0 where a record has none), straight from the column: 8 B per pair. */
  lengths(side, unit) {
    const table2 = side === "baseline" ? this.baseline : this.candidate;
    const rows = side === "baseline" ? this.baselineRows : this.candidateRows;
    const lengths = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) {
      const length = table2.lengthIn(rows[k], unit);
      lengths[k] = length === -1 ? 0 : length;
    }
    return lengths;
  }
};
var RecordView = class {
  constructor(table2, row) {
    this.table = table2;
    this.row = row;
  }
  table;
  row;
  get id() {
    return this.table.id(this.row);
  }
  get input() {
    return this.table.inputOf(this.row) ?? void 0;
  }
  get expected() {
    return this.table.expectedOf(this.row);
  }
  get output() {
    return this.table.outputOf(this.row);
  }
  get prediction() {
    return this.table.predictionOf(this.row);
  }
  get correct() {
    return this.table.correctOf(this.row);
  }
  get score() {
    return this.table.scoreOf(this.row);
  }
  get length() {
    return this.table.lengthOf(this.row);
  }
  get tags() {
    return this.table.tagsOf(this.row);
  }
  get latencyMs() {
    return this.table.latencyOf(this.row);
  }
};
function* scoredRows(table2) {
  for (let row = 0; row < table2.size; row++) if (table2.correctOf(row) !== null) yield new RecordView(table2, row);
}
function pairRecords(baseline, candidate) {
  const candidateRowOf = candidate.rowOfId();
  const known = baseline.datasetRows?.of === candidateRowOf ? baseline.datasetRows.rows : null;
  const baselineRowOf = new Int32Array(candidate.size).fill(-1);
  let shared = 0;
  for (let row = 0; row < baseline.size; row++) {
    const match = known ? known[row] : candidateRowOf.get(baseline.id(row));
    if (match === -1) continue;
    if (match === void 0) continue;
    if (baselineRowOf[match] === -1) shared += 1;
    baselineRowOf[match] = row;
  }
  const sharedLabels = baseline.labels === candidate.labels;
  const baselineRows = new Int32Array(shared);
  const candidateRows = new Int32Array(shared);
  let paired = 0;
  let skippedForErrors = 0;
  let expectedChanged = 0;
  for (let row = 0; row < candidate.size; row++) {
    const previous = baselineRowOf[row];
    if (previous === -1) continue;
    const changed = sharedLabels ? baseline.expectedNumber(previous) !== candidate.expectedNumber(row) : baseline.expectedOf(previous) !== candidate.expectedOf(row);
    if (changed) expectedChanged += 1;
    if (baseline.correctOf(previous) === null || candidate.correctOf(row) === null) skippedForErrors += 1;
    else {
      baselineRows[paired] = previous;
      candidateRows[paired] = row;
      paired += 1;
    }
  }
  return {
    pairs: new PairTable(baseline, candidate, baselineRows.subarray(0, paired), candidateRows.subarray(0, paired)),
    onlyInBaseline: baseline.size - shared,
    onlyInCandidate: candidate.size - shared,
    skippedForErrors,
    expectedChanged
  };
}

// src/compare/length-shift.ts
function lengthShiftOf(pairs, unit, options) {
  const baseline = pairs instanceof PairTable ? pairs.lengths("baseline", unit) : Float64Array.from(pairs, (pair) => pair.baseline.length?.[unit] ?? 0);
  const candidate = pairs instanceof PairTable ? pairs.lengths("candidate", unit) : Float64Array.from(pairs, (pair) => pair.candidate.length?.[unit] ?? 0);
  if (baseline.length === 0) return null;
  const shift = lengthDistributionShift(baseline, candidate);
  const median = medianDeltaInterval({ baseline, candidate, ...options });
  const baselineSummary = summarizeLengths(baseline);
  return {
    unit,
    baseline: baselineSummary,
    candidate: summarizeLengths(candidate),
    meanDelta: shift.meanDelta,
    medianDelta: shift.medianDelta,
    medianDeltaCiLow: median.ciLow,
    medianDeltaCiHigh: median.ciHigh,
    p90Delta: shift.p90Delta,
    p99Delta: shift.p99Delta,
    relativeMedianShift: baselineSummary.median === 0 ? null : Math.abs(shift.medianDelta) / baselineSummary.median,
    ksStatistic: shift.ks.statistic,
    ksPValue: shift.ks.pValue,
    ksMethod: shift.ks.method,
    wasserstein: shift.wasserstein,
    wilcoxonPValue: wilcoxonSignedRank(candidate.map((length, i) => length - baseline[i])).pValue
  };
}

// src/stats/distribution-shift.ts
function checkCounts(name, counts) {
  for (const value of counts) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`${name}: counts must be finite and non-negative, got ${value}`);
    }
  }
}
function chiSquareHomogeneity(baselineCounts, candidateCounts) {
  if (baselineCounts.length !== candidateCounts.length) {
    throw new RangeError("chiSquareHomogeneity: both rows need the same labels");
  }
  checkCounts("chiSquareHomogeneity", baselineCounts);
  checkCounts("chiSquareHomogeneity", candidateCounts);
  const columns = [];
  baselineCounts.forEach((baseline, k) => {
    const candidate = candidateCounts[k];
    if (baseline + candidate > 0) columns.push([baseline, candidate]);
  });
  const degreesOfFreedom = columns.length - 1;
  if (degreesOfFreedom <= 0) return { statistic: 0, pValue: 1, degreesOfFreedom: 0 };
  let baselineTotal = 0;
  let candidateTotal = 0;
  for (const [baseline, candidate] of columns) {
    baselineTotal += baseline;
    candidateTotal += candidate;
  }
  const total = baselineTotal + candidateTotal;
  if (baselineTotal === 0 || candidateTotal === 0) {
    return { statistic: Number.NaN, pValue: Number.NaN, degreesOfFreedom };
  }
  let statistic = 0;
  for (const [baseline, candidate] of columns) {
    const columnTotal = baseline + candidate;
    for (const [observed, rowTotal] of [
      [baseline, baselineTotal],
      [candidate, candidateTotal]
    ]) {
      const expected = rowTotal * columnTotal / total;
      let difference = Math.abs(observed - expected);
      if (degreesOfFreedom === 1) difference -= Math.min(0.5, difference);
      statistic += difference * difference / expected;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, degreesOfFreedom), degreesOfFreedom };
}
function psi(baselineCounts, candidateCounts, epsilon = 1e-4) {
  if (baselineCounts.length !== candidateCounts.length) {
    throw new RangeError("psi: both distributions need the same bins");
  }
  checkCounts("psi", baselineCounts);
  checkCounts("psi", candidateCounts);
  const baselineTotal = baselineCounts.reduce((sum, value) => sum + value, 0);
  const candidateTotal = candidateCounts.reduce((sum, value) => sum + value, 0);
  if (baselineTotal === 0 || candidateTotal === 0) return Number.NaN;
  let index = 0;
  baselineCounts.forEach((baseline, k) => {
    const p = Math.max(baseline / baselineTotal, epsilon);
    const q = Math.max(candidateCounts[k] / candidateTotal, epsilon);
    index += (q - p) * Math.log(q / p);
  });
  return index;
}
function psiCriticalValue(options) {
  const { bins, baselineTotal, candidateTotal, alpha } = options;
  if (bins < 2) return Number.NaN;
  return chiSquareQuantile(1 - alpha, bins - 1) * (1 / baselineTotal + 1 / candidateTotal);
}

// src/stats/stuart-maxwell.ts
function solve(matrix, vector) {
  const size = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  const at = (row, column) => a[row][column];
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(at(row, column)) > Math.abs(at(pivot, column))) pivot = row;
    }
    if (Math.abs(at(pivot, column)) < 1e-12) return null;
    [a[column], a[pivot]] = [a[pivot], a[column]];
    const pivotRow = a[column];
    for (let row = column + 1; row < size; row += 1) {
      const target = a[row];
      const factor = target[column] / pivotRow[column];
      for (let k = column; k <= size; k += 1) target[k] = target[k] - factor * pivotRow[k];
    }
  }
  const x = new Array(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = at(row, size);
    for (let k = row + 1; k < size; k += 1) sum -= at(row, k) * x[k];
    x[row] = sum / at(row, row);
  }
  return x;
}
function stuartMaxwell(table2) {
  const size = table2.length;
  if (size <= 1) return { statistic: 0, pValue: 1, degreesOfFreedom: 0 };
  let total = 0;
  let discordant = 0;
  table2.forEach((row, i) => {
    row.forEach((count2, j) => {
      total += count2;
      if (i !== j) discordant += count2;
    });
  });
  if (discordant === 0) return { statistic: 0, pValue: 1, degreesOfFreedom: size - 1 };
  const share = (i, j) => table2[i][j] / total;
  const degreesOfFreedom = size - 1;
  const rowMargin = Array.from(
    { length: degreesOfFreedom },
    (_, i) => table2[i].reduce((sum, count2) => sum + count2, 0) / total
  );
  const columnMargin = Array.from(
    { length: degreesOfFreedom },
    (_, j) => table2.reduce((sum, row) => sum + row[j], 0) / total
  );
  const difference = columnMargin.map((value, i) => value - rowMargin[i]);
  const covariance = Array.from(
    { length: degreesOfFreedom },
    (_, i) => Array.from(
      { length: degreesOfFreedom },
      (_2, j) => i === j ? rowMargin[i] + columnMargin[i] - 2 * share(i, i) : -(share(i, j) + share(j, i))
    )
  );
  const solved = solve(covariance, difference);
  if (solved === null) return { statistic: Number.NaN, pValue: Number.NaN, degreesOfFreedom };
  const statistic = total * difference.reduce((sum, value, i) => sum + value * solved[i], 0);
  return { statistic, pValue: chiSquareSf(statistic, degreesOfFreedom), degreesOfFreedom };
}

// src/compare/prediction-shift.ts
function categoriesOf(pairs, labelSet) {
  if (labelSet.source === "declared") return labelSet.labels;
  const expected = /* @__PURE__ */ new Set();
  for (const { candidate } of pairs) expected.add(candidate.expected);
  return labelSet.labels.filter((label) => expected.has(label));
}
function predictionShiftOf(pairs, labelSet, alpha) {
  const categories = categoriesOf(pairs, labelSet);
  const other = categories.length;
  const index = new Map(categories.map((label, position) => [label, position]));
  const size = other + 1;
  const baselineCounts = new Array(size).fill(0);
  const candidateCounts = new Array(size).fill(0);
  const paired = Array.from({ length: size }, () => new Array(size).fill(0));
  for (const { baseline, candidate } of pairs) {
    const before = index.get(baseline.prediction ?? "") ?? other;
    const after = index.get(candidate.prediction ?? "") ?? other;
    baselineCounts[before] = baselineCounts[before] + 1;
    candidateCounts[after] = candidateCounts[after] + 1;
    const row = paired[before];
    row[after] = row[after] + 1;
  }
  const said = baselineCounts.flatMap(
    (count2, position) => count2 + candidateCounts[position] > 0 ? [position] : []
  );
  const homogeneity = stuartMaxwell(
    said.map((row) => said.map((column) => paired[row][column]))
  );
  const chiSquare = chiSquareHomogeneity(baselineCounts, candidateCounts);
  const pooled = baselineCounts[other] + candidateCounts[other] > 0;
  const bins = pooled ? size : other;
  return {
    labels: [...categories],
    baselineCounts: baselineCounts.slice(0, other),
    candidateCounts: candidateCounts.slice(0, other),
    other: pooled ? { baseline: baselineCounts[other], candidate: candidateCounts[other] } : null,
    chiSquare: chiSquare.statistic,
    chiSquarePValue: chiSquare.pValue,
    psi: psi(baselineCounts.slice(0, bins), candidateCounts.slice(0, bins)),
    stuartMaxwell: homogeneity.statistic,
    stuartMaxwellPValue: homogeneity.pValue,
    psiCritical: psiCriticalValue({ bins, baselineTotal: pairs.length, candidateTotal: pairs.length, alpha })
  };
}

// src/compare/compare.ts
function scoreDeltaOf(pairs, confidence) {
  const baseline = new Float64Array(pairs.length);
  const candidate = new Float64Array(pairs.length);
  let k = 0;
  for (const pair of pairs) {
    baseline[k] = pair.baseline.score ?? 0;
    candidate[k++] = pair.candidate.score ?? 0;
  }
  return pairedT(baseline, candidate, confidence);
}
function smallestDetectableShare(n, alpha) {
  return (Math.floor(Math.log2(2 / alpha)) + 1) / n;
}
var REGRESSIONS_KEPT = 1e3;
function regressionsOf(pairs) {
  const { baseline, candidate, baselineRows, candidateRows } = pairs;
  const flips = [];
  const drops = [];
  for (let k = 0; k < pairs.length; k++) {
    const before = baselineRows[k];
    const after = candidateRows[k];
    if (baseline.correctOf(before) && !candidate.correctOf(after)) {
      flips.push(k);
      drops.push((baseline.scoreOf(before) ?? 1) - (candidate.scoreOf(after) ?? 0));
    }
  }
  const order = flips.map((_, index) => index);
  const idOf = (index) => candidate.id(candidateRows[flips[index]]);
  order.sort(
    (x, y) => drops[y] - drops[x] || (idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : 0)
  );
  return order.slice(0, REGRESSIONS_KEPT).map((index) => {
    const k = flips[index];
    const before = baselineRows[k];
    const after = candidateRows[k];
    return {
      id: candidate.id(after),
      input: candidate.inputOf(after) ?? baseline.inputOf(before) ?? null,
      expected: candidate.expectedOf(after),
      baselineOutput: baseline.outputOf(before) ?? "",
      candidateOutput: candidate.outputOf(after) ?? "",
      baselinePrediction: baseline.predictionOf(before) ?? "",
      candidatePrediction: candidate.predictionOf(after) ?? "",
      scoreDrop: drops[index],
      tags: candidate.tagsOf(after)
    };
  });
}
function compareTables(baselineSnapshot, candidateSnapshot, options) {
  const baseline = baselineSnapshot.header;
  const candidate = candidateSnapshot.header;
  const pairing = pairRecords(baselineSnapshot.records, candidateSnapshot.records);
  const { pairs } = pairing;
  if (pairs.length === 0) return null;
  const counts = pairedCounts(pairs);
  const accuracy = pairedAccuracyDelta(counts, { confidence: options.confidence });
  const mcnemar = mcnemarExact(counts.baselineOnly, counts.candidateOnly);
  const classification = candidate.task === "classification";
  const bootstrap = { resamples: options.resamples, seed: options.seed, confidence: options.confidence };
  const f1 = classification ? f1Deltas(pairs, { ...bootstrap, labels: options.labels ?? null }) : null;
  const n = pairs.length;
  const scorer = candidate.summary.metrics.task === "generation" ? candidate.summary.metrics.scorer : null;
  const scoreDelta = scorer === null ? null : scoreDeltaOf(pairs, options.confidence);
  const detectable = detectableDrop(
    Math.max(
      minDetectableDrop(counts, { alpha: options.alpha, power: 0.8 }),
      smallestDetectableShare(n, options.alpha)
    )
  );
  const passRate = {
    baseline: (counts.both + counts.baselineOnly) / n,
    candidate: (counts.both + counts.candidateOnly) / n,
    delta: accuracy.delta,
    ciLow: accuracy.ciLow,
    ciHigh: accuracy.ciHigh,
    pValue: mcnemar.pValue,
    midPValue: mcnemar.midPValue,
    standardError: accuracy.standardError
  };
  return {
    paired: n,
    onlyInBaseline: pairing.onlyInBaseline,
    onlyInCandidate: pairing.onlyInCandidate,
    skippedForErrors: pairing.skippedForErrors,
    expectedChanged: pairing.expectedChanged,
    sameDataset: baseline.dataset.fingerprint === candidate.dataset.fingerprint,
    accuracy: passRate,
    macroF1: f1?.macroF1 ?? null,
    microF1: f1?.microF1 ?? null,
    weightedF1: f1?.weightedF1 ?? null,
    // The score is token F1 only under the two SQuAD scorers; under the others `score` names what it is.
    tokenF1: scorer === "exact" || scorer === "tokenF1" ? scoreDelta : null,
    ...scorer === null ? {} : {
      passRate: { scorer, label: PASS_LABELS[scorer], ...passRate },
      score: scoreDelta && { scorer, label: SCORE_LABELS[scorer], ...scoreDelta }
    },
    perClass: f1?.perClass ?? {},
    flips: flipsOf(pairs, counts, options.confidence, classification),
    outputLength: lengthShiftOf(pairs, options.lengthUnit, bootstrap),
    // At most 2,000 resamples: each walks every pair (the interval's ends are stable well before).
    latency: latencyShiftOf(pairs, { ...bootstrap, resamples: Math.min(bootstrap.resamples, 2e3) }),
    predictionShift: f1 ? predictionShiftOf(pairs, f1.labelSet, options.alpha) : null,
    invalidRate: f1 ? invalidRateOf(pairs, f1.labelSet, options.confidence) : null,
    labelSet: f1?.labelSet ?? null,
    minDetectableAccuracyDrop: detectable.drop,
    datasetTooSmall: detectable.datasetTooSmall,
    regressions: regressionsOf(pairs),
    seed: options.seed,
    resamples: options.resamples,
    confidence: options.confidence,
    alpha: options.alpha
  };
}

// src/history/trend.ts
function macroF1Of(snapshot) {
  const metrics = snapshot.header.summary.metrics;
  return metrics.task === "classification" ? metrics.macroF1 : null;
}
function pointOf(ref, createdAt, snapshot) {
  const { summary } = snapshot.header;
  return { ref, createdAt, accuracy: summary.metrics.accuracy, macroF1: macroF1Of(snapshot), n: summary.scored };
}
function trendOf(history, candidate) {
  const earlier = [...history.recent].reverse().map((entry) => pointOf(entry.ref, entry.createdAt, entry.snapshot));
  return [...earlier, pointOf("candidate", candidate.header.createdAt, candidate)];
}
function cumulativeReference(history, candidate, rule, options) {
  if (history.unavailable)
    return { status: "unavailable", against: rule.against, reason: history.unavailable, expected: true };
  let reference;
  if (rule.against === "anchor") {
    reference = history.anchor;
    if (!reference)
      return {
        status: "unavailable",
        against: "anchor",
        reason: `the anchor ${rule.anchor ?? "(unset)"} has no readable snapshot: cannot judge the drop since it`,
        expected: true
      };
  } else {
    if (history.recent.length === 0) return null;
    reference = history.recent.reduce(
      (best, entry) => entry.snapshot.header.summary.metrics.accuracy > best.snapshot.header.summary.metrics.accuracy ? entry : best
    );
  }
  if (reference.snapshot.header.task !== candidate.header.task) {
    return {
      status: "unavailable",
      against: rule.against,
      reason: `${reference.ref} is a ${reference.snapshot.header.task} snapshot, this run is ${candidate.header.task}`,
      expected: true
    };
  }
  const comparison = compareTables(reference.snapshot, candidate, options);
  if (!comparison)
    return {
      status: "unavailable",
      against: rule.against,
      reason: `${reference.ref} shares no scored example with this run`,
      expected: true
    };
  return {
    status: "compared",
    against: rule.against,
    ref: reference.ref,
    paired: comparison.paired,
    accuracy: comparison.accuracy,
    macroF1: comparison.macroF1
  };
}

// src/gate/acceptance.ts
function acceptedVerdict(verdict, acceptance) {
  return verdict === "fail" && acceptance ? "accepted" : verdict;
}

// src/report/confusion.ts
function confusionCells(pairs, hasBaseline) {
  const cells = /* @__PURE__ */ new Map();
  const support = /* @__PURE__ */ new Map();
  const cellOf = (expected, predicted) => {
    const key = `${expected}\0${predicted}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { expected, predicted, baseline: hasBaseline ? 0 : null, candidate: 0 };
      cells.set(key, cell);
    }
    return cell;
  };
  for (const { baseline, candidate } of pairs) {
    if (candidate.prediction === null) continue;
    support.set(candidate.expected, (support.get(candidate.expected) ?? 0) + 1);
    cellOf(candidate.expected, candidate.prediction).candidate += 1;
    if (baseline?.prediction !== null && baseline !== null) {
      const cell = cellOf(candidate.expected, baseline.prediction);
      cell.baseline = (cell.baseline ?? 0) + 1;
    }
  }
  const labels = /* @__PURE__ */ new Set();
  for (const cell of cells.values()) labels.add(cell.expected).add(cell.predicted);
  const ordered = [...labels].sort(
    (x, y) => (support.get(y) ?? 0) - (support.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0)
  );
  const position = new Map(ordered.map((label, index) => [label, index]));
  const sorted = [...cells.values()].sort(
    (x, y) => position.get(x.expected) - position.get(y.expected) || position.get(x.predicted) - position.get(y.predicted)
  );
  return { labels: ordered, cells: sorted };
}

// src/report/distribution.ts
var TARGET_BINS = 12;
function niceWidth(value) {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
function cdfOf(sorted) {
  const n = sorted.length;
  if (n === 0) return [];
  const points2 = [];
  const steps = Math.min(100, n - 1);
  for (let step = 0; step <= steps; step++) {
    let index = steps === 0 ? n - 1 : Math.round(step * (n - 1) / steps);
    const value = sorted[index];
    let high = n - 1;
    while (index < high) {
      const middle = Math.ceil((index + high) / 2);
      if (sorted[middle] === value) index = middle;
      else high = middle - 1;
    }
    const point = [sorted[index], (index + 1) / n];
    const last = points2[points2.length - 1];
    if (!last || last[0] !== point[0]) points2.push(point);
  }
  return points2;
}
function lengthDistribution(baselineLengths, candidateLengths, unit) {
  const baseline = sortedCopy(baselineLengths ?? []);
  const candidate = sortedCopy(candidateLengths);
  const both = new Float64Array(baseline.length + candidate.length);
  both.set(baseline);
  both.set(candidate, baseline.length);
  sortNumbers(both);
  const cdf = { baseline: cdfOf(baseline), candidate: cdfOf(candidate) };
  if (both.length === 0) return { unit, bins: [], cdf };
  const low = both[0];
  const max = both[both.length - 1];
  const cap = Math.max(low, Math.ceil(quantileSorted(both, 0.99)));
  const span = cap - low + 1;
  const width = span <= TARGET_BINS + 3 ? 1 : niceWidth(span / TARGET_BINS);
  const start = Math.floor(low / width) * width;
  const count2 = Math.floor((cap - start) / width) + 1;
  const open = max >= start + count2 * width;
  const bins = Array.from({ length: count2 }, (_, i) => ({
    low: start + i * width,
    high: open && i === count2 - 1 ? null : start + (i + 1) * width,
    baseline: 0,
    candidate: 0
  }));
  const binOf = (value) => bins[Math.min(count2 - 1, Math.floor((value - start) / width))];
  for (const value of baseline) binOf(value).baseline += 1;
  for (const value of candidate) binOf(value).candidate += 1;
  return { unit, bins, cdf };
}

// src/report/build.ts
function summarizeSnapshot(snapshot, unit, pricing = null) {
  const { metrics } = snapshot.summary;
  const length = snapshot.summary.outputLength[unit];
  const classification = metrics.task === "classification" ? metrics : null;
  const generation = metrics.task === "generation" ? metrics : null;
  return {
    model: snapshot.model,
    createdAt: snapshot.createdAt,
    gitSha: snapshot.gitSha,
    n: snapshot.summary.scored,
    errors: snapshot.summary.errors,
    accuracy: metrics.accuracy,
    macroF1: classification?.macroF1 ?? null,
    microF1: classification?.microF1 ?? null,
    weightedF1: classification?.weightedF1 ?? null,
    exactMatch: generation?.exactMatch ?? null,
    tokenF1: generation?.tokenF1 ?? null,
    scorer: generation?.scorer ?? null,
    passRate: generation?.passRate ?? null,
    score: generation?.score ?? null,
    perClass: classification?.perClass ?? {},
    invalid: classification ? { count: classification.invalid.count, rate: classification.invalid.rate } : null,
    invalidExamples: classification?.invalidExamples ?? [],
    labelSource: classification?.labelSource ?? null,
    outputLength: { unit, mean: length.mean, median: length.median, p90: length.p90, p99: length.p99 },
    latencyMs: snapshot.summary.latencyMs,
    usage: snapshot.summary.usage,
    resources: snapshot.resources ?? null,
    cost: pricing && snapshot.summary.usage ? costOf(snapshot.summary.usage, pricing) : null
  };
}
function invalidWarning(summary) {
  if (!summary.invalid || summary.invalid.count === 0) return null;
  const { count: count2, rate } = summary.invalid;
  const examples = summary.invalidExamples.slice(0, 3).map((example) => `"${truncate(example.prediction, 60)}"${example.count > 1 ? ` \xD7${example.count}` : ""}`).join(", ");
  const share = `${count2} of ${summary.n} outputs (${percent(rate)})`;
  const what = summary.labelSource === "declared" ? `${share} are none of the declared labels and count as invalid (wrong)` : `No \`labels\` declared, and ${share} are strings no example expects, too many to be labels: they count as invalid (wrong), not as classes`;
  const fix = summary.labelSource === "declared" ? "set `scoring.labelPattern` to extract the label from longer answers" : "declare the label set with `labels:` and, for longer answers, set `scoring.labelPattern`";
  return `${what}, e.g. ${examples}. To score them, ${fix}.`;
}
function warningsOf(candidate, summary, comparison, maxDrop, alpha) {
  const warnings = [];
  const invalid = invalidWarning(summary);
  if (invalid) warnings.push(invalid);
  if (candidate.summary.errors > 0) {
    warnings.push(
      `${candidate.summary.errors} of ${candidate.summary.total} examples ended in an error and are left out of every metric.`
    );
  }
  if (!comparison) return warnings;
  if (!comparison.sameDataset) {
    warnings.push(
      `The baseline was evaluated on a different dataset: compared on the ${comparison.paired} shared examples (${comparison.onlyInCandidate} only in this run, ${comparison.onlyInBaseline} only in the baseline${comparison.expectedChanged > 0 ? `, ${comparison.expectedChanged} with a changed expected answer` : ""}).`
    );
  }
  if (comparison.sameDataset && comparison.expectedChanged > 0) {
    warnings.push(
      `${comparison.expectedChanged} shared examples have a different expected answer in the baseline: their flips may be label changes, not model changes.`
    );
  }
  if (comparison.skippedForErrors > 0) {
    warnings.push(
      `${comparison.skippedForErrors} shared examples errored on one side and are left out of the paired comparison.`
    );
  }
  const significant = comparison.accuracy.pValue !== null && comparison.accuracy.pValue < alpha;
  if (comparison.datasetTooSmall) {
    warnings.push(
      `This dataset is too small to detect any accuracy drop: with ${comparison.paired} paired examples not even a 100-point drop would be significant (alpha ${alpha}). Add examples before trusting a pass.`
    );
  } else if (maxDrop !== null && !significant && comparison.minDetectableAccuracyDrop > maxDrop) {
    warnings.push(
      `This dataset is too small to see a ${points(maxDrop)}-point accuracy drop reliably: with ${comparison.paired} paired examples it detects drops of ${points(comparison.minDetectableAccuracyDrop)} points or more (80% power, alpha ${alpha}).`
    );
  }
  return warnings;
}
function noiseNote(side, flips, confidence) {
  const pairs = flips.runs * (flips.runs - 1) / 2;
  return `Noise floor (${side}, ${flips.runs} runs on the same examples): ${percent(flips.flipRate)} of answers flip between two runs; negative self-flip rate ${percent(flips.negativeFlipRate)} (${Math.round(confidence * 100)}% Wilson CI ${percent(flips.ciLow)} to ${percent(flips.ciHigh)}, N = ${flips.n} examples scored in every run, averaged over ${pairs} pair${pairs === 1 ? "" : "s"} of runs).`;
}
function sides(candidate, baseline) {
  if (baseline) return pairRecords(baseline, candidate).pairs;
  let length = 0;
  for (let row = 0; row < candidate.size; row++) if (candidate.correctOf(row) !== null) length += 1;
  return {
    length,
    *[Symbol.iterator]() {
      for (const record of scoredRows(candidate)) yield { baseline: null, candidate: record };
    }
  };
}
function lengthsOf(examples, side, unit) {
  if (examples instanceof PairTable) {
    const table2 = examples[side];
    const rows = side === "baseline" ? examples.baselineRows : examples.candidateRows;
    const lengths2 = new Float64Array(rows.length);
    let kept = 0;
    for (let k = 0; k < rows.length; k++) {
      const length = table2.lengthIn(rows[k], unit);
      if (length !== -1) lengths2[kept++] = length;
    }
    return lengths2.subarray(0, kept);
  }
  const lengths = [];
  for (const pair of examples) {
    const value = pair[side]?.length?.[unit];
    if (value !== void 0) lengths.push(value);
  }
  return lengths;
}
function buildReport(input) {
  const candidateHeader = input.candidate.header;
  const notes = [...input.notes];
  const origin = input.baselineOrigin ?? { status: input.baseline ? "found" : "none", source: null, reason: null };
  if (!input.baseline)
    notes.push("Only absolute rules were checked; this run's results.jsonl can be the next baseline.");
  const verdict = acceptedVerdict(input.gate.verdict, input.acceptance ?? null);
  const errorRate = candidateHeader.summary.total === 0 ? 0 : candidateHeader.summary.errors / candidateHeader.summary.total;
  if (errorRate > 0) notes.push(`Error rate ${percent(errorRate)}.`);
  for (const side of ["candidate", "baseline"]) {
    const flips = input.noise?.[side];
    if (flips) notes.push(noiseNote(side, flips, input.confidence ?? 0.95));
  }
  const candidate = summarizeSnapshot(candidateHeader, input.lengthUnit, input.pricing?.candidate ?? null);
  const examples = sides(input.candidate.records, input.baseline?.records ?? null);
  const unit = input.lengthUnit;
  return {
    reportVersion: 1,
    verdict,
    task: candidateHeader.task,
    createdAt: candidateHeader.createdAt,
    gitSha: candidateHeader.gitSha,
    tool: candidateHeader.tool,
    dataset: {
      path: candidateHeader.dataset.path,
      fingerprint: candidateHeader.dataset.fingerprint,
      n: candidateHeader.dataset.n
    },
    candidate,
    baseline: input.baseline ? summarizeSnapshot(input.baseline.header, input.lengthUnit, input.pricing?.baseline ?? null) : null,
    baselineSource: { ...origin, ageDays: ageInDays(origin, candidateHeader.createdAt) },
    accepted: verdict === "accepted" ? input.acceptance ?? null : null,
    comparison: input.comparison,
    gates: input.gate.gates,
    outputLengths: examples.length === 0 ? null : lengthDistribution(
      input.baseline ? lengthsOf(examples, "baseline", unit) : null,
      lengthsOf(examples, "candidate", unit),
      unit
    ),
    confusion: candidateHeader.task === "classification" ? confusionCells(examples, input.baseline !== null) : null,
    warnings: warningsOf(candidateHeader, candidate, input.comparison, input.accuracyMaxDrop, input.alpha),
    notes,
    anomalies: input.monitoring?.anomalies ?? null,
    history: input.monitoring?.history ?? [],
    noise: input.noise ?? null
  };
}
function ageInDays(origin, now) {
  const source = origin.source;
  const then = source && (source.kind === "run" || source.kind === "release") ? source.createdAt : null;
  if (!then) return null;
  const days = Math.floor((Date.parse(now) - Date.parse(then)) / 864e5);
  return Number.isFinite(days) ? Math.max(0, days) : null;
}

// src/report/flips.ts
var MAX_HTML_FLIPS = 5e3;
function flipRows(baseline, candidate, limit = Number.POSITIVE_INFINITY) {
  const { pairs } = pairRecords(baseline.records, candidate.records);
  const before = pairs.baseline;
  const after = pairs.candidate;
  const flips = [];
  for (let k = 0; k < pairs.length; k++)
    if (before.correctOf(pairs.baselineRows[k]) !== after.correctOf(pairs.candidateRows[k]))
      flips.push(k);
  const regressed = (k) => before.correctOf(pairs.baselineRows[k]) === true;
  const change = (k) => {
    const beforeScore = before.scoreOf(pairs.baselineRows[k]);
    const afterScore = after.scoreOf(pairs.candidateRows[k]);
    return afterScore === void 0 || beforeScore === void 0 ? null : afterScore - beforeScore;
  };
  const id = (k) => after.id(pairs.candidateRows[k]);
  flips.sort((x, y) => {
    const direction = (regressed(x) ? 0 : 1) - (regressed(y) ? 0 : 1);
    if (direction !== 0) return direction;
    const size = Math.abs(change(y) ?? 0) - Math.abs(change(x) ?? 0);
    if (size !== 0) return size;
    return id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0;
  });
  return flips.slice(0, Math.min(flips.length, limit)).map((k) => {
    const beforeRow = pairs.baselineRows[k];
    const afterRow = pairs.candidateRows[k];
    return {
      id: after.id(afterRow),
      direction: regressed(k) ? "regressed" : "improved",
      get input() {
        return after.inputOf(afterRow) ?? before.inputOf(beforeRow) ?? null;
      },
      expected: after.expectedOf(afterRow),
      baselineOutput: before.outputOf(beforeRow) ?? "",
      candidateOutput: after.outputOf(afterRow) ?? "",
      baselinePrediction: before.predictionOf(beforeRow) ?? "",
      candidatePrediction: after.predictionOf(afterRow) ?? "",
      scoreChange: change(k),
      tags: after.tagsOf(afterRow)
    };
  });
}

// src/report/html.ts
var import_ml_confusion_matrix = __toESM(require_lib159(), 1);
import { createHash } from "node:crypto";

// src/report/html-charts.ts
var WIDTH = 640;
var HEIGHT = 260;
var MARGIN = { top: 28, right: 16, bottom: 40, left: 52 };
var plotWidth = WIDTH - MARGIN.left - MARGIN.right;
var plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
var seriesColors = { baseline: "#8c959f", candidate: "#0969da" };
function svgOpen(label) {
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(label)}">`;
}
function legend(entries) {
  return entries.map((entry, index) => {
    const x = MARGIN.left + index * 120;
    return `<g class="legend"><rect x="${x}" y="8" width="12" height="12" fill="${entry.color}"/><text x="${x + 16}" y="18">${escapeHtml(entry.name)}</text></g>`;
  }).join("");
}
function yAxis(max, format, min = 0) {
  const ticks = 4;
  const parts = [];
  for (let i = 0; i <= ticks; i++) {
    const value = min + (max - min) * i / ticks;
    const y = MARGIN.top + plotHeight - plotHeight * i / ticks;
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y}" y2="${y}"/>`);
    parts.push(
      `<text class="tick" x="${MARGIN.left - 6}" y="${y + 4}" text-anchor="end">${escapeHtml(format(value))}</text>`
    );
  }
  return parts.join("");
}
function axisLabel(text) {
  return `<text class="axis-label" x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 6}" text-anchor="middle">${escapeHtml(text)}</text>`;
}
function binLabel(bin) {
  if (bin.high === null) return `\u2265${number(bin.low)}`;
  return bin.high - bin.low === 1 ? number(bin.low) : `${number(bin.low)}\u2013${number(bin.high - 1)}`;
}
function lengthHistogram(distribution, hasBaseline) {
  const bins = distribution.bins;
  const max = Math.max(1, ...bins.map((bin) => Math.max(bin.baseline, bin.candidate)));
  const band = plotWidth / Math.max(1, bins.length);
  const series = hasBaseline ? ["baseline", "candidate"] : ["candidate"];
  const barWidth = band * 0.8 / series.length;
  const bars = bins.flatMap(
    (bin, index) => series.map((side, position) => {
      const value = bin[side];
      const height = plotHeight * value / max;
      const x = MARGIN.left + index * band + band * 0.1 + position * barWidth;
      const y = MARGIN.top + plotHeight - height;
      return `<rect class="bar" data-series="${side}" data-bin="${escapeHtml(binLabel(bin))}" data-value="${value}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="${seriesColors[side]}"><title>${side}, ${escapeHtml(binLabel(bin))} ${distribution.unit}: ${value}</title></rect>`;
    })
  );
  const labels = bins.map(
    (bin, index) => `<text class="tick" x="${(MARGIN.left + index * band + band / 2).toFixed(1)}" y="${MARGIN.top + plotHeight + 14}" text-anchor="middle">${escapeHtml(binLabel(bin))}</text>`
  );
  return [
    svgOpen(`Histogram of output length in ${distribution.unit}`),
    legend(series.map((side) => ({ name: side, color: seriesColors[side] }))),
    yAxis(max, (value) => number(Math.round(value))),
    ...bars,
    ...labels,
    axisLabel(`output length (${distribution.unit}) \xB7 examples per bin`),
    "</svg>"
  ].join("");
}
function lengthCdf(distribution, hasBaseline) {
  const sides2 = hasBaseline ? ["baseline", "candidate"] : ["candidate"];
  const all = sides2.flatMap((side) => distribution.cdf[side]);
  const low = Math.min(...all.map(([x]) => x));
  const high = Math.max(low + 1, ...all.map(([x]) => x));
  const xOf = (value) => MARGIN.left + (value - low) / (high - low) * plotWidth;
  const yOf = (share) => MARGIN.top + plotHeight - share * plotHeight;
  const lines = sides2.map((side) => {
    const points2 = distribution.cdf[side];
    let path = `M${xOf(low).toFixed(1)},${yOf(0).toFixed(1)}`;
    let previous = 0;
    for (const [x, share] of points2) {
      path += ` H${xOf(x).toFixed(1)} V${yOf(share).toFixed(1)}`;
      previous = share;
    }
    path += ` H${xOf(high).toFixed(1)} V${yOf(previous).toFixed(1)}`;
    return `<path class="cdf" data-series="${side}" data-points="${points2.length}" d="${path}" fill="none" stroke="${seriesColors[side]}" stroke-width="2"><title>${side}</title></path>`;
  });
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => {
    const value = low + fraction * (high - low);
    return `<text class="tick" x="${xOf(value).toFixed(1)}" y="${MARGIN.top + plotHeight + 14}" text-anchor="middle">${escapeHtml(number(Math.round(value * 10) / 10))}</text>`;
  });
  return [
    svgOpen(`Cumulative distribution of output length in ${distribution.unit}`),
    legend(sides2.map((side) => ({ name: side, color: seriesColors[side] }))),
    yAxis(1, (value) => `${Math.round(value * 100)}%`),
    ...lines,
    ...xTicks,
    axisLabel(`output length (${distribution.unit}) \xB7 share of outputs at most this long`),
    "</svg>"
  ].join("");
}
function sliceDeltaChart(slices) {
  const rowHeight = 22;
  const height = MARGIN.top + slices.length * rowHeight + 24;
  const labelWidth = 200;
  const width = WIDTH;
  const span = Math.max(0.01, ...slices.map((slice) => Math.abs(slice.delta)));
  const zero = labelWidth + (width - labelWidth - 20) / 2;
  const scale = (width - labelWidth - 20) / 2 / span;
  const rows = slices.map((slice, index) => {
    const y = MARGIN.top + index * rowHeight;
    const length = Math.abs(slice.delta) * scale;
    const x = slice.delta < 0 ? zero - length : zero;
    const shown = `${slice.delta < 0 ? "\u2212" : slice.delta > 0 ? "+" : "\xB1"}${(Math.abs(slice.delta) * 100).toFixed(1)} pts`;
    return `<text class="tick" x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(truncate(slice.name, 32))}</text><rect class="bar" data-series="slice" data-slice="${escapeHtml(slice.name)}" data-value="${slice.delta}" x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(1, length).toFixed(1)}" height="${rowHeight - 6}" fill="${slice.delta < 0 ? "#cf222e" : "#1a7f37"}"><title>${escapeHtml(slice.name)}: ${shown}</title></rect><text class="tick" x="${slice.delta < 0 ? x - 4 : x + length + 4}" y="${y + 15}" text-anchor="${slice.delta < 0 ? "end" : "start"}">${shown}</text>`;
  });
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Accuracy change by slice">`,
    `<line class="axis" x1="${zero}" x2="${zero}" y1="${MARGIN.top - 4}" y2="${height - 20}"/>`,
    `<text class="axis-label" x="${zero}" y="${MARGIN.top - 10}" text-anchor="middle">accuracy change, points (0 at the line)</text>`,
    ...rows,
    "</svg>"
  ].join("");
}

// src/report/html.ts
var STYLE = `
:root { color-scheme: light; font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 8px; } h2 { font-size: 1.2em; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f6f8fa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.warning { border-left: 4px solid #9a6700; background: #fff8c5; padding: 8px 12px; margin: 8px 0; }
.status-fail { color: #cf222e; } .status-warn { color: #9a6700; } .status-pass { color: #1a7f37; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; } .chart { max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
.chart .grid { stroke: #eaeef2; } .chart .axis { stroke: #57606a; } .chart text { font-size: 11px; fill: #57606a; }
.matrices { display: flex; flex-wrap: wrap; gap: 24px; } .matrix td { text-align: right; min-width: 2.5em; }
.matrix td.diagonal { font-weight: 600; }
.flips td.text { white-space: pre-wrap; word-break: break-word; max-width: 28em; }
.flips td.text div { max-height: 12em; overflow: auto; }
.regressed { color: #cf222e; } .improved { color: #1a7f37; }
.filters { display: flex; gap: 12px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
footer { margin-top: 32px; color: #57606a; font-size: 13px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 90%; }
`;
var SCRIPT = `
(function () {
  var search = document.getElementById('flip-search');
  var direction = document.getElementById('flip-direction');
  var slice = document.getElementById('flip-slice');
  var shown = document.getElementById('flip-shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#flips tbody tr'));
  function apply() {
    var text = search.value.toLowerCase();
    var visible = 0;
    rows.forEach(function (row) {
      var match = (direction.value === '' || row.getAttribute('data-direction') === direction.value) &&
        (slice.value === '' || (row.getAttribute('data-slices') || '').split('\\n').indexOf(slice.value) !== -1) &&
        (text === '' || row.textContent.toLowerCase().indexOf(text) !== -1);
      row.hidden = !match;
      if (match) visible += 1;
    });
    shown.textContent = String(visible);
  }
  search.addEventListener('input', apply);
  direction.addEventListener('change', apply);
  slice.addEventListener('change', apply);
  apply();
})();
`;
var scriptHash = createHash("sha256").update(SCRIPT).digest("base64");
var CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
var statusClass = (status) => `status-${status}`;
function table(headers, rows, numeric = []) {
  const head = headers.map((header, index) => `<th${numeric[index] ? ' class="num"' : ""}>${header}</th>`).join("");
  const body = rows.map(
    (row) => `<tr>${row.map((value, index) => `<td${numeric[index] ? ' class="num"' : ""}>${value}</td>`).join("")}</tr>`
  ).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>`;
}
function headerSection(report) {
  const context = reasonContext(report);
  const flagged = report.gates.filter((gate) => gate.status !== "pass");
  const reasons = (flagged.length > 0 ? flagged : report.gates.slice(0, 1)).map((gate) => `<li>${escapeHtml(reasonOf(gate, context))}</li>`).join("");
  const warnings = report.warnings.map((warning) => `<div class="warning">${escapeHtml(warning)}</div>`).join("");
  const verdict = { pass: "Pass", warn: "Pass with warnings", fail: "Fail", accepted: "Regression accepted" }[report.verdict];
  return `<header><h1 id="verdict" class="${statusClass(report.verdict)}">${icons[report.verdict]} Model release gate: ${verdict}</h1><ul id="reasons">${reasons}</ul>${warnings}</header>`;
}
function rulesSection(report) {
  const context = reasonContext(report);
  const rows = report.gates.map((gate) => {
    const unit = gate.unit ?? "points";
    const has = (value) => value !== null && value !== void 0;
    return [
      `<span class="${statusClass(gate.status)}">${icons[gate.status]} ${gate.status}</span>`,
      `<code>${escapeHtml(gate.name)}</code>`,
      has(gate.observed) ? inUnit(gate.observed, unit) : "",
      has(gate.limit) ? inUnit(gate.limit, unit) : "",
      escapeHtml(ci(gate.ciLow, gate.ciHigh, unit, context.confidence) ?? ""),
      has(gate.pValue) ? escapeHtml(pText(gate.pValue, isBootstrapRule(gate.name) ? context.resamples : null)) : "",
      escapeHtml(gate.message)
    ];
  });
  return `<h2>Rules</h2>${table(["status", "rule", "observed", "limit", "interval", "p", "result"], rows, [false, false, true, true, true, true, false])}`;
}
function metricsSection(report) {
  const { comparison, candidate, baseline } = report;
  if (!comparison) {
    const scorer2 = candidate.scorer;
    const rows2 = [
      [scorer2 ? PASS_LABELS[scorer2] : "accuracy", candidate.accuracy],
      ["macro-F1", candidate.macroF1],
      ...scorer2 && SCORE_RULES[scorer2] ? [[SCORE_LABELS[scorer2], candidate.score]] : []
    ].flatMap(([name, value]) => value === null ? [] : [[escapeHtml(String(name)), pct(value)]]);
    return `<h2>Metrics</h2>${table(["metric", "candidate"], rows2, [false, true])}`;
  }
  const scorer = candidate.scorer;
  const deltas = [
    [scorer ? PASS_LABELS[scorer] : "accuracy", comparison.accuracy],
    ["macro-F1", comparison.macroF1],
    ["micro-F1", comparison.microF1],
    ["weighted-F1", comparison.weightedF1],
    [scorer ? SCORE_LABELS[scorer] : "token F1", scorer && SCORE_RULES[scorer] ? comparison.score ?? null : null]
  ];
  const rows = deltas.flatMap(
    ([name, delta]) => delta ? [
      [
        name,
        pct(delta.baseline),
        pct(delta.candidate),
        pts(delta.delta, true),
        escapeHtml(ci(delta.ciLow, delta.ciHigh, "points", comparison.confidence) ?? ""),
        delta.pValue === null ? "" : escapeHtml(pText(delta.pValue, /^(macro|micro|weighted)-F1$/.test(name) ? comparison.resamples : null))
      ]
    ] : []
  );
  const { flips } = comparison;
  rows.push([
    "negative flips",
    "",
    `${count(flips.negative)} (${pct(flips.negativeFlipRate)})`,
    "",
    escapeHtml(ci(flips.ciLow, flips.ciHigh, "percent", comparison.confidence) ?? ""),
    ""
  ]);
  rows.push([
    "positive flips",
    "",
    `${count(flips.positive)} (${pct(flips.positive / Math.max(1, flips.n))})`,
    "",
    "",
    ""
  ]);
  const sizes = `<p>${count(comparison.paired)} paired examples${baseline ? ` (candidate ${count(candidate.n)} scored, baseline ${count(baseline.n)})` : ""}.</p>`;
  return `<h2>Metrics</h2>${sizes}${table(["metric", "baseline", "candidate", "change", "interval", "p"], rows, [false, true, true, true, true, true])}`;
}
function lengthSection(report) {
  const distribution = report.outputLengths;
  if (!distribution || distribution.bins.length === 0) return "";
  const hasBaseline = report.baseline !== null;
  const summary = (side) => side ? [
    number(side.outputLength.mean),
    number(side.outputLength.median),
    number(side.outputLength.p90),
    number(side.outputLength.p99)
  ] : ["", "", "", ""];
  const rows = [
    ["candidate", ...summary(report.candidate)],
    ...hasBaseline ? [["baseline", ...summary(report.baseline)]] : []
  ];
  const shift = report.comparison?.outputLength;
  const tests = shift ? `<p>Kolmogorov\u2013Smirnov D = ${shift.ksStatistic.toFixed(3)}, p ${escapeHtml(pValue(shift.ksPValue))} (${shift.ksMethod}); Wilcoxon signed-rank p ${escapeHtml(pValue(shift.wilcoxonPValue))}; Wasserstein-1 ${number(shift.wasserstein, 2)} ${escapeHtml(shift.unit)}.</p>` : "";
  return `<h2>Output length (${escapeHtml(distribution.unit)})</h2><div class="charts" id="length-charts">${lengthHistogram(distribution, hasBaseline)}${lengthCdf(distribution, hasBaseline)}</div>` + table([escapeHtml(distribution.unit), "mean", "median", "p90", "p99"], rows, [false, true, true, true, true]) + tests;
}
var MAX_MATRIX_LABELS = 20;
function confusionSection(report) {
  const confusion = report.confusion;
  if (!confusion || confusion.cells.length === 0) return "";
  const kept = confusion.labels.slice(0, MAX_MATRIX_LABELS);
  const other = confusion.labels.length > kept.length;
  const labels = other ? [...kept, "(other)"] : kept;
  const index = new Map(kept.map((label, position) => [label, position]));
  const positionOf = (label) => index.get(label) ?? labels.length - 1;
  const matrix = (side) => {
    const counts = labels.map(() => labels.map(() => 0));
    for (const cell of confusion.cells) {
      const value = cell[side];
      if (value === null) continue;
      const row = counts[positionOf(cell.expected)];
      const column = positionOf(cell.predicted);
      row[column] = (row[column] ?? 0) + value;
    }
    const max = Math.max(1, ...counts.flat());
    const table2 = new import_ml_confusion_matrix.ConfusionMatrix(counts, labels);
    const recall = (i) => other && i === labels.length - 1 ? "" : table2.getTruePositiveRate(labels[i]);
    const head = `<tr><th>expected \u2193 / predicted \u2192</th>${labels.map((label) => `<th>${escapeHtml(label)}</th>`).join("")}<th class="recall">recall</th></tr>`;
    const body = counts.map((row, i) => {
      const cells = row.map((value, j) => {
        const shade = Math.round(value / max * 100) / 100;
        const color = i === j ? `rgba(26,127,55,${shade * 0.5})` : `rgba(207,34,46,${shade * 0.5})`;
        return `<td class="${i === j ? "diagonal" : ""}" data-value="${value}" style="background:${value === 0 ? "transparent" : color}">${value === 0 ? "" : count(value)}</td>`;
      }).join("");
      const rate = recall(i);
      const shown = typeof rate === "number" && Number.isFinite(rate) ? pct(rate) : "";
      return `<tr><th>${escapeHtml(labels[i])}</th>${cells}<td class="recall">${shown}</td></tr>`;
    }).join("");
    return `<div><h3>${side} (${count(table2.getTotalCount())} examples)</h3><table class="matrix" data-side="${side}"><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
  };
  const hasBaseline = confusion.cells.some((cell) => cell.baseline !== null);
  const note = other ? `<p>${count(confusion.labels.length - kept.length)} rarer labels are summed in "(other)".</p>` : "";
  return `<h2>Confusion matrices</h2>${note}<div class="matrices">${hasBaseline ? matrix("baseline") : ""}${matrix("candidate")}</div>`;
}
function perClassSection(report) {
  const comparison = report.comparison;
  if (comparison && Object.keys(comparison.perClass).length > 0) {
    const rows2 = Object.entries(comparison.perClass).filter(([, delta]) => delta.support > 0).sort(([, x], [, y]) => x.delta - y.delta).map(([label, delta]) => [
      escapeHtml(label),
      count(delta.support),
      pct(delta.baseline),
      pct(delta.candidate),
      pts(delta.delta, true),
      escapeHtml(ci(delta.ciLow, delta.ciHigh, "points", comparison.confidence) ?? ""),
      delta.holmPValue === null ? "" : escapeHtml(pText(delta.holmPValue, comparison.resamples))
    ]);
    return `<h2>Per class (F1)</h2>${table(["class", "support", "baseline", "candidate", "change", "interval", "Holm p"], rows2, [false, true, true, true, true, true, true])}`;
  }
  const perClass = Object.entries(report.candidate.perClass);
  if (perClass.length === 0) return "";
  const rows = perClass.map(([label, scores]) => [
    escapeHtml(label),
    count(scores.support),
    pct(scores.precision),
    pct(scores.recall),
    pct(scores.f1)
  ]);
  return `<h2>Per class</h2>${table(["class", "support", "precision", "recall", "F1"], rows, [false, true, true, true, true])}`;
}
function sliceSection(report) {
  const slices = sliceChanges(report);
  if (slices.length === 0) return "";
  const rows = slices.map((slice) => [
    escapeHtml(slice.name),
    count(slice.n),
    pct(slice.baseline),
    pct(slice.candidate),
    pts(slice.delta, true),
    count(slice.negative),
    count(slice.positive)
  ]);
  return `<h2>Per slice (accuracy)</h2><div class="charts" id="slice-chart">${sliceDeltaChart(slices.slice(0, 30))}</div>` + table(["slice", "n", "baseline", "candidate", "change", "negative flips", "positive flips"], rows, [
    false,
    true,
    true,
    true,
    true,
    true,
    true
  ]);
}
function latencySection(report) {
  const sides2 = [
    ["candidate", report.candidate],
    ["baseline", report.baseline]
  ];
  const rows = sides2.flatMap(
    ([name, side]) => side && (side.latencyMs || side.usage) ? [
      [
        name,
        side.latencyMs ? number(side.latencyMs.p50, 0) : "",
        side.latencyMs ? number(side.latencyMs.p95, 0) : "",
        side.latencyMs ? number(side.latencyMs.p99, 0) : "",
        side.latencyMs ? number(side.latencyMs.mean, 0) : "",
        side.usage ? count(side.usage.promptTokens) : "",
        side.usage ? count(side.usage.completionTokens) : "",
        side.cost === null ? "" : side.cost.toPrecision(3)
      ]
    ] : []
  );
  if (rows.length === 0) return "<h2>Latency</h2><p>No latency was recorded (a predictions file has none).</p>";
  return `<h2>Latency</h2>${table(["release", "p50 ms", "p95 ms", "p99 ms", "mean ms", "prompt tokens", "completion tokens", "cost"], rows, [false, true, true, true, true, true, true, true])}`;
}
function flipSection(report, flips, flipCount) {
  if (!report.comparison) return "";
  const shown = flips.slice(0, MAX_HTML_FLIPS);
  const slices = [
    ...new Set(shown.flatMap((flip) => Object.entries(flip.tags).map(([tag, value]) => `${tag}=${value}`)))
  ].sort();
  const generation = report.task === "generation";
  const text = (value) => `<td class="text"><div>${value === null ? "<em>not recorded</em>" : escapeHtml(value)}</div></td>`;
  const rows = shown.map((flip) => {
    const tags = Object.entries(flip.tags).map(([tag, value]) => `${tag}=${value}`);
    return `<tr data-direction="${flip.direction}" data-slices="${escapeHtml(tags.join("\n"))}"><td class="${flip.direction}">${flip.direction}</td><td>${escapeHtml(flip.id)}</td><td>${escapeHtml(tags.join(", "))}</td>` + text(flip.input) + text(referencesText(flip.expected)) + text(flip.baselineOutput) + text(flip.candidateOutput) + (generation ? `<td class="num">${flip.scoreChange === null ? "" : pts(flip.scoreChange, true)}</td>` : "") + "</tr>";
  });
  const headers = [
    "",
    "id",
    "slice",
    "input",
    "expected",
    "baseline output",
    "candidate output",
    ...generation ? [`${SCORE_LABELS[report.candidate.scorer ?? "exact"]} change`] : []
  ];
  const total = Math.max(flipCount ?? flips.length, flips.length);
  const more = total > shown.length ? `<p>The first ${count(shown.length)} of ${count(total)} flips are listed (regressions first); report.json lists the worst ${count(REGRESSIONS_KEPT)} regressions.</p>` : "";
  return `<h2>Flips</h2>${more}
<div class="filters">
<label>Search <input id="flip-search" type="search" placeholder="id, input or output text"></label>
<label>Direction <select id="flip-direction"><option value="">all</option><option value="regressed">regressed (baseline right, candidate wrong)</option><option value="improved">improved</option></select></label>
<label>Slice <select id="flip-slice"><option value="">all</option>${slices.map((slice) => `<option value="${escapeHtml(slice)}">${escapeHtml(slice)}</option>`).join("")}</select></label>
<span><span id="flip-shown">${shown.length}</span> of ${count(shown.length)} shown</span>
</div>
<table id="flips" class="flips"><thead><tr>${headers.map((header) => `<th>${header}</th>`).join("")}</tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}
function footerSection(report, runUrl) {
  const side = (name, summary) => summary ? `${name} <strong>${escapeHtml(summary.model.name)}</strong> (${escapeHtml(summary.model.type)}), made ${escapeHtml(summary.createdAt)}${summary.gitSha ? ` at ${escapeHtml(summary.gitSha.slice(0, 12))}` : ""}` : `${name}: none`;
  const link = safeLink(runUrl);
  return `<footer><p>dataset ${escapeHtml(report.dataset.path)} \xB7 ${escapeHtml(report.dataset.fingerprint)} \xB7 ${count(report.dataset.n)} examples</p><p>${side("candidate", report.candidate)}<br>${side("baseline", report.baseline)}</p><p>${report.comparison ? `seed ${report.comparison.seed}, ${count(report.comparison.resamples)} resamples, ${Math.round(report.comparison.confidence * 100)}% intervals \xB7 ` : ""}${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}${link ? ` \xB7 <a href="${escapeHtml(link)}">workflow run and artifact</a>` : ""}</p>${report.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join("")}</footer>`;
}
function renderHtml(report, options) {
  const title = `Model release gate: ${report.verdict} \xB7 ${report.candidate.model.name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${headerSection(report)}
${metricsSection(report)}
${rulesSection(report)}
${lengthSection(report)}
${confusionSection(report)}
${perClassSection(report)}
${sliceSection(report)}
${latencySection(report)}
${flipSection(report, options.flips, options.flipCount)}
${footerSection(report, options.runUrl ?? null)}
${report.comparison ? `<script>${SCRIPT}</script>` : ""}
</body>
</html>
`;
}

// src/report/markdown.ts
var import_handlebars = __toESM(require_lib(), 1);

// src/report/templates/partials/confusion.hbs
var confusion_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>Which label moved to which (" + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "confusion"), "rows"), "length", { "start": { "line": 3, "column": 48 }, "end": { "line": 3, "column": 69 } }), depth0)) != null ? stack1 : "") + " changed cells of the confusion matrix)</summary>\n\n| expected | predicted | | baseline | candidate | change |\n|---|---|---|---:|---:|---:|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "confusion"), "rows"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "confusion"), "more"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "expected") || alias1(depth0, "expected", { "start": { "line": 8, "column": 4 }, "end": { "line": 8, "column": 12 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "expected", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 2 }, "end": { "line": 8, "column": 14 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "predicted") || alias1(depth0, "predicted", { "start": { "line": 8, "column": 19 }, "end": { "line": 8, "column": 28 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "predicted", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 17 }, "end": { "line": 8, "column": 30 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "kind") || alias1(depth0, "kind", { "start": { "line": 8, "column": 35 }, "end": { "line": 8, "column": 39 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 33 }, "end": { "line": 8, "column": 41 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 8, "column": 46 }, "end": { "line": 8, "column": 54 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 44 }, "end": { "line": 8, "column": 56 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "candidate") || alias1(depth0, "candidate", { "start": { "line": 8, "column": 61 }, "end": { "line": 8, "column": 70 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "candidate", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 59 }, "end": { "line": 8, "column": 72 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "change") || alias1(depth0, "change", { "start": { "line": 8, "column": 77 }, "end": { "line": 8, "column": 83 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 75 }, "end": { "line": 8, "column": 85 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "confusion"), "more", { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 16 } }), depth0)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "confusion"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/partials/footer.hbs
var footer_default = { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<sub>" + ((stack1 = (helper = lookupProperty(helpers, "footer") || container.strict(depth0, "footer", { "start": { "line": 2, "column": 7 }, "end": { "line": 2, "column": 13 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "footer", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 5 }, "end": { "line": 2, "column": 15 } } }) : helper)) != null ? stack1 : "") + "</sub>\n";
}, "useData": true };

// src/report/templates/partials/headline.hbs
var headline_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "metric") || alias1(depth0, "metric", { "start": { "line": 5, "column": 4 }, "end": { "line": 5, "column": 10 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "metric", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 12 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 5, "column": 17 }, "end": { "line": 5, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 15 }, "end": { "line": 5, "column": 27 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "candidate") || alias1(depth0, "candidate", { "start": { "line": 5, "column": 32 }, "end": { "line": 5, "column": 41 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "candidate", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 30 }, "end": { "line": 5, "column": 43 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "change") || alias1(depth0, "change", { "start": { "line": 5, "column": 48 }, "end": { "line": 5, "column": 54 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 46 }, "end": { "line": 5, "column": 56 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "interval") || alias1(depth0, "interval", { "start": { "line": 5, "column": 61 }, "end": { "line": 5, "column": 69 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "interval", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 59 }, "end": { "line": 5, "column": 71 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "p") || alias1(depth0, "p", { "start": { "line": 5, "column": 76 }, "end": { "line": 5, "column": 77 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "p", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 74 }, "end": { "line": 5, "column": 79 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "status") || alias1(depth0, "status", { "start": { "line": 5, "column": 84 }, "end": { "line": 5, "column": 90 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 82 }, "end": { "line": 5, "column": 92 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<sub>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "headline"), "notes"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 5 }, "end": { "line": 9, "column": 47 } } })) != null ? stack1 : "") + "</sub>\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1;
  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + " ";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = (helper = lookupProperty(helpers, "usage") || container.strict(depth0, "usage", { "start": { "line": 13, "column": 2 }, "end": { "line": 13, "column": 7 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "usage", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 13, "column": 9 } } }) : helper)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n| metric | baseline | candidate | change | " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "headline"), "confidenceLabel", { "start": { "line": 2, "column": 45 }, "end": { "line": 2, "column": 69 } }), depth0)) != null ? stack1 : "") + " | p | status |\n|---|---:|---:|---:|---:|---:|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "headline"), "rows"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 6, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "headline"), "notes"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "usage"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "");
}, "useData": true };

// src/report/templates/partials/invalid.hbs
var invalid_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "invalid"), "title", { "start": { "line": 3, "column": 20 }, "end": { "line": 3, "column": 33 } }), depth0)) != null ? stack1 : "") + "</summary>\n\n| side | output, as scored | times |\n|---|---|---:|\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "invalid"), "rows"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 9 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "side") || alias1(depth0, "side", { "start": { "line": 8, "column": 4 }, "end": { "line": 8, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "side", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 2 }, "end": { "line": 8, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "prediction") || alias1(depth0, "prediction", { "start": { "line": 8, "column": 15 }, "end": { "line": 8, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "prediction", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 13 }, "end": { "line": 8, "column": 27 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "count") || alias1(depth0, "count", { "start": { "line": 8, "column": 32 }, "end": { "line": 8, "column": 37 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 30 }, "end": { "line": 8, "column": 39 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "invalid"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/partials/lengths.hbs
var lengths_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details open><summary>Output length (" + ((stack1 = alias2(alias1(lookupProperty(depth0, "lengths"), "unit", { "start": { "line": 3, "column": 40 }, "end": { "line": 3, "column": 52 } }), depth0)) != null ? stack1 : "") + "): baseline vs candidate</summary>\n\n" + ((stack1 = alias2(alias1(lookupProperty(depth0, "lengths"), "chart", { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 15 } }), depth0)) != null ? stack1 : "") + "\n\n| " + ((stack1 = alias2(alias1(lookupProperty(depth0, "lengths"), "unit", { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 16 } }), depth0)) != null ? stack1 : "") + " | baseline (bars) | candidate (line) |\n|---|---:|---:|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(lookupProperty(depth0, "lengths"), "bins"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + "\n| | baseline | candidate | change |\n|---|---:|---:|---:|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(lookupProperty(depth0, "lengths"), "stats"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 17, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = alias2(alias1(lookupProperty(depth0, "lengths"), "tests", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 15 } }), depth0)) != null ? stack1 : "") + "\n\n</details>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "length") || alias1(depth0, "length", { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 10 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "length", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 2 }, "end": { "line": 10, "column": 12 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 10, "column": 17 }, "end": { "line": 10, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 15 }, "end": { "line": 10, "column": 27 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "candidate") || alias1(depth0, "candidate", { "start": { "line": 10, "column": 32 }, "end": { "line": 10, "column": 41 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "candidate", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 30 }, "end": { "line": 10, "column": 43 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 2 }, "end": { "line": 16, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 16, "column": 15 }, "end": { "line": 16, "column": 23 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 13 }, "end": { "line": 16, "column": 25 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "candidate") || alias1(depth0, "candidate", { "start": { "line": 16, "column": 30 }, "end": { "line": 16, "column": 39 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "candidate", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 28 }, "end": { "line": 16, "column": 41 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "change") || alias1(depth0, "change", { "start": { "line": 16, "column": 46 }, "end": { "line": 16, "column": 52 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 44 }, "end": { "line": 16, "column": 54 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "lengths"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/partials/monitoring.hbs
var monitoring_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = (helper = lookupProperty(helpers, "monitoring") || container.strict(depth0, "monitoring", { "start": { "line": 2, "column": 2 }, "end": { "line": 2, "column": 12 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "monitoring", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 2, "column": 14 } } }) : helper)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "monitoring"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/partials/notes.hbs
var notes_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "notes"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 5, "column": 9 } } })) != null ? stack1 : "");
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1;
  return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n> " + ((stack1 = (helper = lookupProperty(helpers, "trimmed") || container.strict(depth0, "trimmed", { "start": { "line": 9, "column": 4 }, "end": { "line": 9, "column": 11 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "trimmed", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 13 } } }) : helper)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "notes"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "trimmed"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "");
}, "useData": true };

// src/report/templates/partials/perClass.hbs
var perClass_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>F1 per class (" + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0, "perClass"), "rows"), "length", { "start": { "line": 3, "column": 34 }, "end": { "line": 3, "column": 54 } }), depth0)) != null ? stack1 : "") + ", worst first)</summary>\n\n| class | support | baseline | candidate | change | " + ((stack1 = alias2(alias1(lookupProperty(depth0, "headline"), "confidenceLabel", { "start": { "line": 5, "column": 54 }, "end": { "line": 5, "column": 78 } }), depth0)) != null ? stack1 : "") + " | Holm p |\n|---|---:|---:|---:|---:|---:|---:|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(lookupProperty(depth0, "perClass"), "rows"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "perClass"), "more"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "perClass"), "onlyPredicted"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "perClass"), "predictionShift"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 8, "column": 4 }, "end": { "line": 8, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 2 }, "end": { "line": 8, "column": 11 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "support") || alias1(depth0, "support", { "start": { "line": 8, "column": 16 }, "end": { "line": 8, "column": 23 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "support", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 14 }, "end": { "line": 8, "column": 25 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 8, "column": 30 }, "end": { "line": 8, "column": 38 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 28 }, "end": { "line": 8, "column": 40 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "candidate") || alias1(depth0, "candidate", { "start": { "line": 8, "column": 45 }, "end": { "line": 8, "column": 54 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "candidate", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 43 }, "end": { "line": 8, "column": 56 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "change") || alias1(depth0, "change", { "start": { "line": 8, "column": 61 }, "end": { "line": 8, "column": 67 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 59 }, "end": { "line": 8, "column": 69 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "interval") || alias1(depth0, "interval", { "start": { "line": 8, "column": 74 }, "end": { "line": 8, "column": 82 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "interval", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 72 }, "end": { "line": 8, "column": 84 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "p") || alias1(depth0, "p", { "start": { "line": 8, "column": 89 }, "end": { "line": 8, "column": 90 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "p", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 87 }, "end": { "line": 8, "column": 92 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "perClass"), "more", { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 15 } }), depth0)) != null ? stack1 : "") + "\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "perClass"), "onlyPredicted", { "start": { "line": 16, "column": 2 }, "end": { "line": 16, "column": 24 } }), depth0)) != null ? stack1 : "") + "\n";
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "perClass"), "predictionShift", { "start": { "line": 20, "column": 2 }, "end": { "line": 20, "column": 26 } }), depth0)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "perClass"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/partials/provenance.hbs
var provenance_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = (helper = lookupProperty(helpers, "provenance") || container.strict(depth0, "provenance", { "start": { "line": 3, "column": 2 }, "end": { "line": 3, "column": 12 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "provenance", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 3, "column": 14 } } }) : helper)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "provenance"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 4, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/partials/regressions.hbs
var regressions_default = { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "regressions"), "title", { "start": { "line": 3, "column": 20 }, "end": { "line": 3, "column": 37 } }), depth0)) != null ? stack1 : "") + "</summary>\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "regressions"), "rows"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "regressions"), "more"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "1": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| # | id | slice | input | expected | baseline said | candidate says |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "regressions"), "generation"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 70 }, "end": { "line": 6, "column": 136 } } })) != null ? stack1 : "") + "\n|---:|---|---|---|---|---|---|" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "regressions"), "generation"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 30 }, "end": { "line": 7, "column": 72 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "regressions"), "rows"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "");
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "regressions"), "scoreLabel", { "start": { "line": 6, "column": 103 }, "end": { "line": 6, "column": 125 } }), depth0)) != null ? stack1 : "") + " |";
}, "3": function(container, depth0, helpers, partials, data) {
  return "---:|";
}, "4": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "rank") || alias1(depth0, "rank", { "start": { "line": 9, "column": 4 }, "end": { "line": 9, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "rank", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 9, "column": 15 }, "end": { "line": 9, "column": 17 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 13 }, "end": { "line": 9, "column": 19 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "slice") || alias1(depth0, "slice", { "start": { "line": 9, "column": 24 }, "end": { "line": 9, "column": 29 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "slice", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 22 }, "end": { "line": 9, "column": 31 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "input") || alias1(depth0, "input", { "start": { "line": 9, "column": 36 }, "end": { "line": 9, "column": 41 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "input", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 34 }, "end": { "line": 9, "column": 43 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "expected") || alias1(depth0, "expected", { "start": { "line": 9, "column": 48 }, "end": { "line": 9, "column": 56 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "expected", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 46 }, "end": { "line": 9, "column": 58 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 9, "column": 63 }, "end": { "line": 9, "column": 71 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 61 }, "end": { "line": 9, "column": 73 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "candidate") || alias1(depth0, "candidate", { "start": { "line": 9, "column": 78 }, "end": { "line": 9, "column": 87 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "candidate", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 76 }, "end": { "line": 9, "column": 89 } } }) : helper)) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "regressions"), "generation"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 91 }, "end": { "line": 9, "column": 147 } } })) != null ? stack1 : "") + "\n";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + ((stack1 = (helper = lookupProperty(helpers, "scoreDrop") || container.strict(depth0, "scoreDrop", { "start": { "line": 9, "column": 127 }, "end": { "line": 9, "column": 136 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "scoreDrop", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 125 }, "end": { "line": 9, "column": 138 } } }) : helper)) != null ? stack1 : "") + " |";
}, "6": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "regressions"), "more", { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 18 } }), depth0)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "regressions"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true, "useDepths": true };

// src/report/templates/partials/rules.hbs
var rules_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n| | rule | observed | limit | " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "headline"), "confidenceLabel", { "start": { "line": 3, "column": 32 }, "end": { "line": 3, "column": 56 } }), depth0)) != null ? stack1 : "") + " | p | decided by |\n|---|---|---:|---:|---:|---:|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "rules"), "flagged"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 9 } } })) != null ? stack1 : "");
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 2 }, "end": { "line": 6, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | `" + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 6, "column": 16 }, "end": { "line": 6, "column": 20 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 14 }, "end": { "line": 6, "column": 22 } } }) : helper)) != null ? stack1 : "") + "` | " + ((stack1 = (helper = lookupProperty(helpers, "observed") || alias1(depth0, "observed", { "start": { "line": 6, "column": 28 }, "end": { "line": 6, "column": 36 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "observed", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 26 }, "end": { "line": 6, "column": 38 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "limit") || alias1(depth0, "limit", { "start": { "line": 6, "column": 43 }, "end": { "line": 6, "column": 48 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "limit", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 41 }, "end": { "line": 6, "column": 50 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "interval") || alias1(depth0, "interval", { "start": { "line": 6, "column": 55 }, "end": { "line": 6, "column": 63 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "interval", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 53 }, "end": { "line": 6, "column": 65 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "p") || alias1(depth0, "p", { "start": { "line": 6, "column": 70 }, "end": { "line": 6, "column": 71 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "p", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 68 }, "end": { "line": 6, "column": 73 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "decision") || alias1(depth0, "decision", { "start": { "line": 6, "column": 78 }, "end": { "line": 6, "column": 86 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "decision", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 76 }, "end": { "line": 6, "column": 88 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "rules"), "passedTitle", { "start": { "line": 11, "column": 20 }, "end": { "line": 11, "column": 37 } }), depth0)) != null ? stack1 : "") + "</summary>\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "rules"), "passed"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "- " + ((stack1 = (helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 14, "column": 4 }, "end": { "line": 14, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 10 } } }) : helper)) != null ? stack1 : "") + " `" + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 14, "column": 14 }, "end": { "line": 14, "column": 18 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 12 }, "end": { "line": 14, "column": 20 } } }) : helper)) != null ? stack1 : "") + "`: " + ((stack1 = (helper = lookupProperty(helpers, "reason") || alias1(depth0, "reason", { "start": { "line": 14, "column": 25 }, "end": { "line": 14, "column": 31 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 23 }, "end": { "line": 14, "column": 33 } } }) : helper)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "rules"), "flagged"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "rules"), "passed"), "length"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "");
}, "useData": true };

// src/report/templates/partials/slices.hbs
var slices_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details open><summary>Accuracy by slice (" + ((stack1 = alias2(alias1(lookupProperty(depth0, "slices"), "total", { "start": { "line": 3, "column": 44 }, "end": { "line": 3, "column": 56 } }), depth0)) != null ? stack1 : "") + ", worst first)</summary>\n\n" + ((stack1 = alias2(alias1(lookupProperty(depth0, "slices"), "chart", { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 14 } }), depth0)) != null ? stack1 : "") + "\n\n| slice | n | baseline | candidate | change | negative flips | positive flips |\n|---|---:|---:|---:|---:|---:|---:|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(lookupProperty(depth0, "slices"), "rows"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "slices"), "more"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + ((stack1 = (helper = lookupProperty(helpers, "slice") || alias1(depth0, "slice", { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "slice", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 2 }, "end": { "line": 10, "column": 11 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "n") || alias1(depth0, "n", { "start": { "line": 10, "column": 16 }, "end": { "line": 10, "column": 17 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "n", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 14 }, "end": { "line": 10, "column": 19 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 10, "column": 24 }, "end": { "line": 10, "column": 32 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 22 }, "end": { "line": 10, "column": 34 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "candidate") || alias1(depth0, "candidate", { "start": { "line": 10, "column": 39 }, "end": { "line": 10, "column": 48 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "candidate", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 37 }, "end": { "line": 10, "column": 50 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "change") || alias1(depth0, "change", { "start": { "line": 10, "column": 55 }, "end": { "line": 10, "column": 61 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 53 }, "end": { "line": 10, "column": 63 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "negative") || alias1(depth0, "negative", { "start": { "line": 10, "column": 68 }, "end": { "line": 10, "column": 76 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "negative", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 66 }, "end": { "line": 10, "column": 78 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "positive") || alias1(depth0, "positive", { "start": { "line": 10, "column": 83 }, "end": { "line": 10, "column": 91 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "positive", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 81 }, "end": { "line": 10, "column": 93 } } }) : helper)) != null ? stack1 : "") + " |\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "slices"), "more", { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 13 } }), depth0)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "slices"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/partials/warnings.hbs
var warnings_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1;
  return "\n> [!WARNING]\n> " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "warnings"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 5, "column": 9 } } })) != null ? stack1 : "";
}, "useData": true };

// src/report/templates/report.md.hbs
var report_md_default = { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "## " + ((stack1 = (helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 1, "column": 5 }, "end": { "line": 1, "column": 10 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 3 }, "end": { "line": 1, "column": 12 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = (helper = lookupProperty(helpers, "summary") || alias1(depth0, "summary", { "start": { "line": 3, "column": 2 }, "end": { "line": 3, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 3, "column": 11 } } }) : helper)) != null ? stack1 : "") + "\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "provenance"), depth0, { "name": "provenance", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "warnings"), depth0, { "name": "warnings", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "headline"), depth0, { "name": "headline", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "rules"), depth0, { "name": "rules", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "lengths"), depth0, { "name": "lengths", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "slices"), depth0, { "name": "slices", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "confusion"), depth0, { "name": "confusion", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "perClass"), depth0, { "name": "perClass", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "invalid"), depth0, { "name": "invalid", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "regressions"), depth0, { "name": "regressions", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "monitoring"), depth0, { "name": "monitoring", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "notes"), depth0, { "name": "notes", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "footer"), depth0, { "name": "footer", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
}, "usePartial": true, "useData": true };

// src/report/markdown.ts
var sectionPartials = {
  provenance: provenance_default,
  warnings: warnings_default,
  headline: headline_default,
  rules: rules_default,
  lengths: lengths_default,
  slices: slices_default,
  confusion: confusion_default,
  perClass: perClass_default,
  invalid: invalid_default,
  regressions: regressions_default,
  monitoring: monitoring_default,
  notes: notes_default,
  footer: footer_default
};
var handlebars = import_handlebars.default.create();
for (const [name, partial] of Object.entries(sectionPartials))
  handlebars.registerPartial(name, handlebars.template(partial));
function compileTemplate(source) {
  handlebars.parse(source);
  return handlebars.compile(source, { noEscape: true, strict: true });
}
var builtIn = handlebars.template(report_md_default);
function trimSteps(maxRegressions) {
  return [
    { detail: { exampleChars: 160, inputChars: 240, maxRegressions, maxRows: 30 }, cut: "" },
    { detail: { exampleChars: 60, inputChars: 80, maxRegressions, maxRows: 30 }, cut: "example texts shortened" },
    {
      detail: { exampleChars: 40, inputChars: 40, maxRegressions: Math.min(maxRegressions, 5), maxRows: 10 },
      cut: "example texts shortened, only the 5 worst regressions and 10 rows per table shown"
    },
    {
      detail: { exampleChars: 40, inputChars: 40, maxRegressions: 0, maxRows: 5 },
      cut: "the list of regressions left out, 5 rows per table shown"
    }
  ];
}
function renderMarkdown(report, options = {}) {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const runUrl = options.runUrl ?? null;
  const render = options.template ?? builtIn;
  const link = safeLink(runUrl);
  const where = link ? `the [full report](${link})` : "the full report in report.html and report.json";
  let body = "";
  for (const step of trimSteps(options.maxRegressions ?? 20)) {
    const view = markdownView(report, step.detail, runUrl);
    if (step.cut) view.trimmed = `\u2702\uFE0F Trimmed to fit: ${step.cut}. See ${where}.`;
    body = render(view);
    if (body.length <= maxLength) return body;
  }
  const notice = `

> \u2702\uFE0F Cut at ${maxLength} characters. See ${where}.
`;
  const kept = body.slice(0, Math.max(0, maxLength - notice.length));
  return kept.slice(0, Math.max(0, kept.lastIndexOf("\n"))) + notice;
}
export {
  MAX_HTML_FLIPS,
  buildReport,
  compareTables,
  compileTemplate,
  cumulativeReference,
  flipRows,
  renderHtml,
  renderMarkdown,
  snapshotAnomalies,
  trendOf
};
