// A stand-in for office.js inside Excel, served by the e2e test in place of Office's CDN script.
// It reports host Excel and runs Excel.run against an in-memory workbook (window.__SAKIP_WB__, set by the test),
// with Office's semantics where the adapter depends on them: properties exist only after load() + sync(),
// ClientResults fill at sync, writes change the workbook. window.__excel exposes what happened.
(function () {
  "use strict";
  var WB = window.__SAKIP_WB__;
  var API = WB.apiVersion || "1.17";
  function cmp(a, b) {
    var x = a.split(".").map(Number), y = b.split(".").map(Number);
    return x[0] - y[0] || x[1] - y[1];
  }
  function col(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n - 1;
  }
  function letters(c) {
    var s = "";
    for (var n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function a1(r, c) {
    return letters(c) + (r + 1);
  }
  function area(address) {
    var bare = address.indexOf("!") >= 0 ? address.slice(address.lastIndexOf("!") + 1) : address;
    var parts = bare.replace(/\$/g, "").split(":");
    var p = /^([A-Z]+)(\d+)$/.exec(parts[0]);
    var q = /^([A-Z]+)(\d+)$/.exec(parts[1] || parts[0]);
    if (!p || !q) return null;
    return { top: +p[2] - 1, left: col(p[1]), bottom: +q[2] - 1, right: col(q[1]) };
  }
  var NO_FILL = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
  var state = {
    syncs: 0,
    selected: [],
    activated: [],
    settings: {},
    sheets: WB.sheets.map(function (s, i) {
      var cells = new Map();
      Object.keys(s.cells).forEach(function (k) {
        cells.set(k, s.cells[k]);
      });
      return { id: "{sheet-" + (i + 1) + "}", name: s.name, visibility: s.visibility, merges: s.merges, cells: cells };
    }),
    fills: function () {
      return JSON.stringify(
        state.sheets.map(function (s) {
          return [s.name, Array.from(s.cells.entries()).map(function (e) { return [e[0], e[1].fill || NO_FILL]; }).sort()];
        }),
      );
    },
    cell: function (sheet, address) {
      var s = state.sheets.find(function (x) { return x.name === sheet; });
      var a = area(address);
      return s && s.cells.get(a.top + "," + a.left);
    },
  };
  window.__excel = state;
  var pending = [];

  function Range(sheet, address) {
    var self = this;
    var a = area(address);
    function each(fn) {
      for (var r = a.top; r <= a.bottom; r++)
        for (var c = a.left; c <= a.right; c++) {
          var k = r + "," + c;
          if (!sheet.cells.has(k)) sheet.cells.set(k, { v: "", t: "Empty" });
          fn(sheet.cells.get(k), r - a.top, c - a.left);
        }
    }
    function grid(fn) {
      var out = [];
      for (var r = a.top; r <= a.bottom; r++) {
        var row = [];
        for (var c = a.left; c <= a.right; c++) row.push(fn(sheet.cells.get(r + "," + c)));
        out.push(row);
      }
      return out;
    }
    this.load = function (props) {
      pending.push(function () {
        props.split(",").forEach(function (p) {
          p = p.trim();
          if (p === "address") self._address = "'" + sheet.name + "'!" + address;
          if (p === "values") self._values = grid(function (x) { return x ? x.v : ""; });
          if (p === "valueTypes") self._valueTypes = grid(function (x) { return x ? x.t : "Empty"; });
          if (p === "numberFormat") self._numberFormat = grid(function (x) { return (x && x.f) || "General"; });
          if (p === "formulas") self._formulas = grid(function (x) { return x ? x.x || x.v : ""; });
        });
      });
      return self;
    };
    ["address", "values", "valueTypes", "numberFormat", "formulas"].forEach(function (p) {
      Object.defineProperty(self, p, {
        get: function () {
          if (self["_" + p] === undefined) throw new Error("PropertyNotLoaded: " + p);
          return self["_" + p];
        },
        set: function (v) {
          if (p === "values") each(function (cell, i, j) {
            var x = v[i][j];
            cell.v = x;
            cell.t = typeof x === "number" ? "Double" : typeof x === "boolean" ? "Boolean" : x === "" ? "Empty" : "String";
            // As Excel: an apostrophe or a text format keeps "=..." a text.
            if (typeof x === "string" && x[0] === "=" && cell.f !== "@") cell.x = x;
          });
          else if (p === "numberFormat") each(function (cell, i, j) { cell.f = v[i][j]; });
        },
      });
    });
    this.isNullObject = false;
    this.format = {
      fill: {
        set color(v) {
          each(function (cell) { cell.fill = Object.assign({}, cell.fill || NO_FILL, { color: v, pattern: "Solid", tintAndShade: 0 }); });
        },
        clear: function () {
          each(function (cell) { cell.fill = Object.assign({}, NO_FILL); });
        },
      },
      font: { set bold(v) {} },
      autofitColumns: function () {},
    };
    Object.defineProperty(this, "hyperlink", {
      set: function (v) {
        each(function (cell) { cell.link = v; });
      },
    });
    this.getCellProperties = function (spec) {
      var res = {};
      pending.push(function () {
        res.value = grid(function (x) {
          var f = (x && x.fill) || NO_FILL, out = {};
          Object.keys(spec.format.fill).forEach(function (k) { out[k] = f[k]; });
          return { format: { fill: out } };
        });
      });
      return res;
    };
    this.setCellProperties = function (props) {
      each(function (cell, i, j) {
        var f = props[i][j] && props[i][j].format && props[i][j].format.fill;
        if (f) cell.fill = Object.assign({}, cell.fill || NO_FILL, f);
      });
    };
    this.select = function () {
      state.selected.push(sheet.name + "!" + address);
    };
  }

  function Worksheet(sheet) {
    var self = this;
    this.load = function (props) {
      pending.push(function () {
        self.name = sheet.name;
        self.id = sheet.id;
        self.visibility = sheet.visibility;
        self.protection = { protected: false };
      });
    };
    this.getUsedRangeOrNullObject = function () {
      var top = Infinity, left = Infinity, bottom = -1, right = -1;
      sheet.cells.forEach(function (c, k) {
        if (c.t === "Empty") return;
        var rc = k.split(",").map(Number);
        top = Math.min(top, rc[0]); left = Math.min(left, rc[1]); bottom = Math.max(bottom, rc[0]); right = Math.max(right, rc[1]);
      });
      if (bottom < 0) return { isNullObject: true, load: function () {} };
      return new Range(sheet, a1(top, left) + ":" + a1(bottom, right));
    };
    this.getRange = function (address) {
      if (!address) {
        return {
          getMergedAreasOrNullObject: function () {
            var m = { isNullObject: !sheet.merges.length, load: function () {
              pending.push(function () { m.address = sheet.merges.map(function (x) { return "'" + sheet.name + "'!" + x; }).join(", "); });
            } };
            return m;
          },
        };
      }
      if (/^[A-Z]+:[A-Z]+$/.test(address)) return { format: { autofitColumns: function () {} } };
      return new Range(sheet, address);
    };
    this.getRanges = function (list) {
      return { select: function () { state.selected.push(sheet.name + "!" + list); } };
    };
    this.activate = function () {
      state.activated.push(sheet.name);
    };
  }

  var context = {
    get workbook() {
      var items = state.sheets.map(function (s) { return new Worksheet(s); });
      return {
        worksheets: {
          items: items,
          load: function (p) { items.forEach(function (w) { w.load(p); }); },
          getItem: function (key) { return new Worksheet(state.sheets.find(function (s) { return s.name === key || s.id === key; })); },
          add: function (name) {
            var s = { id: "{sheet-" + (state.sheets.length + 1) + "}", name: name, visibility: "Visible", merges: [], cells: new Map() };
            state.sheets.push(s);
            return new Worksheet(s);
          },
          onChanged: { add: function () { return { remove: function () {}, context: { sync: function () { return Promise.resolve(); } } }; } },
        },
      };
    },
    sync: function () {
      state.syncs++;
      var list = pending.splice(0);
      return new Promise(function (resolve) {
        setTimeout(function () {
          list.forEach(function (f) { f(); });
          resolve();
        }, 5);
      });
    },
  };

  window.Excel = { run: function (cb) { return Promise.resolve().then(function () { return cb(context); }); } };
  window.CustomFunctions = { associate: function () {}, Error: function () {}, ErrorCode: {} };
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (cb) {
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: function (name, v) {
          return name === "ExcelApi" ? cmp(v, API) <= 0 : name === "SharedRuntime";
        },
      },
      document: {
        url: "https://contoso.sharepoint.com/PK%202022.xlsx",
        settings: {
          get: function (k) { return k in state.settings ? JSON.parse(JSON.stringify(state.settings[k])) : null; },
          set: function (k, v) { state.settings[k] = JSON.parse(JSON.stringify(v)); },
          remove: function (k) { delete state.settings[k]; },
          saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); },
        },
      },
    },
    actions: { associate: function () {} },
    addin: { showAsTaskpane: function () { return Promise.resolve(); } },
  };
})();
