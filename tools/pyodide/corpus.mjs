#!/usr/bin/env node
// Produce the expected outputs of Python programs with a real CPython 3.14
// (pyodide 314.0.7, CPython 3.14.2 compiled to WebAssembly).
//
// Usage (from anywhere):
//   node tools/pyodide/corpus.mjs [PATH ...]
// Each PATH is a directory (every NAME.py directly in it is processed) or a
// single NAME.py file. With no PATH, `vm/tests/corpus` of the repository is
// used. For every NAME.py this writes, next to it:
//   NAME.pyc     compiled with py_compile (UNCHECKED_HASH, dfile="NAME.py"),
//                copied byte for byte out of pyodide's in-memory file system
//   NAME.stdout  what `python3.14 NAME.pyc`, run inside that directory with
//                empty stdin, writes to stdout
//   NAME.stderr  ... and to stderr (tracebacks included, no colour)
//   NAME.status  its exit status, as a decimal integer and a newline
//
// Pyodide is loaded once for the whole run.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");

// ---------------------------------------------------------------------------
// Which files to process.
const args = process.argv.slice(2);
if (args.includes("-h") || args.includes("--help")) {
  console.log("usage: node tools/pyodide/corpus.mjs [DIR | FILE.py ...]");
  process.exit(0);
}
const targets = args.length ? args : [path.join(repoRoot, "vm", "tests", "corpus")];
/** @type {{dir: string, name: string}[]} */
const jobs = [];
for (const t of targets) {
  const abs = path.resolve(t);
  if (!fs.existsSync(abs)) {
    console.error(`corpus.mjs: no such file or directory: ${t}`);
    process.exit(2);
  }
  if (fs.statSync(abs).isDirectory()) {
    const names = fs
      .readdirSync(abs)
      .filter((f) => f.endsWith(".py") && fs.statSync(path.join(abs, f)).isFile())
      .sort();
    for (const f of names) jobs.push({ dir: abs, name: f.slice(0, -3) });
  } else if (abs.endsWith(".py")) {
    jobs.push({ dir: path.dirname(abs), name: path.basename(abs).slice(0, -3) });
  } else {
    console.error(`corpus.mjs: not a directory or a .py file: ${t}`);
    process.exit(2);
  }
}
if (jobs.length === 0) {
  console.error("corpus.mjs: no .py files found");
  process.exit(2);
}

// ---------------------------------------------------------------------------
// Pyodide, with fd 0/1/2 wired to per-program buffers.
let sink = null; // { out: Buffer[], err: Buffer[] } while a program runs
const writer = (which) => ({
  isatty: false,
  write(buf) {
    // `buf` may be a view into wasm memory: copy it.
    if (sink) sink[which].push(Buffer.from(buf));
    else process.stderr.write(Buffer.from(buf)); // harness diagnostics
    return buf.length;
  },
});

const pyodide = await loadPyodide({
  env: { PYTHON_COLORS: "0", NO_COLOR: "1" },
});
pyodide.setStdout(writer("out"));
pyodide.setStderr(writer("err"));
pyodide.setStdin({ read: () => 0, isatty: false }); // always EOF: empty stdin

// The Python side of the harness. It mimics what CPython's `main` does for
// `python3.14 NAME.pyc` (Modules/main.c, Python/pythonrun.c):
// fresh __main__ (__name__, __doc__, __package__, __loader__, __spec__,
// __builtins__, __file__, __cached__ in that order), sys.argv = ["NAME.pyc"],
// sys.path[0] = the directory, code read by marshal after the 16-byte header
// and exec'd in __main__'s dict; an uncaught exception goes through
// sys.excepthook (SystemExit handled like _Py_HandleSystemExit), then
// sys.stdout and sys.stderr are flushed.
const harness = pyodide.runPython(String.raw`
import builtins, gc, io, linecache, marshal, os, py_compile, sys, types
import importlib.machinery
import importlib.util
import warnings

_MAGIC = importlib.util.MAGIC_NUMBER


def compile_one(workdir, name):
    src = os.path.join(workdir, name + ".py")
    pyc = os.path.join(workdir, name + ".pyc")
    if os.path.exists(pyc):
        os.remove(pyc)
    py_compile.compile(
        src,
        cfile=pyc,
        dfile=name + ".py",
        doraise=True,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    return pyc


def _std_streams():
    # Like create_stdio() in Python/pylifecycle.c for a non-tty, UTF-8 locale
    # (C.UTF-8): newline="\n", stdout fully buffered, stderr line buffered
    # with errors="backslashreplace".
    def mk(fd, mode, name, errors, line_buffering):
        buf = io.open(fd, mode, buffering=-1, closefd=False)
        buf.raw.name = name
        return io.TextIOWrapper(buf, encoding="utf-8", errors=errors,
                                newline="\n", line_buffering=line_buffering,
                                write_through=False)
    stdin = mk(0, "rb", "<stdin>", "surrogateescape", False)
    stdout = mk(1, "wb", "<stdout>", "surrogateescape", False)
    stderr = mk(2, "wb", "<stderr>", "backslashreplace", True)
    return stdin, stdout, stderr


def _write_stderr(text):
    err = getattr(sys, "stderr", None)
    if err is None:
        return
    try:
        err.write(text)
    except Exception:
        pass


def _display(exc):
    # PyErr_DisplayException: always the built-in display, to sys.stderr.
    sys.__excepthook__(type(exc), exc, exc.__traceback__)


def _system_exit_status(exc):
    # _Py_HandleSystemExit.
    code = getattr(exc, "code", None)
    if code is None:
        return 0
    if isinstance(code, int):
        if -(1 << 63) <= code < (1 << 63):
            return code & 0xFF  # (int) cast, then what the OS keeps
        return 0xFF  # PyLong_AsLong overflow -> -1
    err = getattr(sys, "stderr", None)
    if err is not None:
        try:
            err.write(str(code))
        except Exception:
            pass
    else:
        print(code, end="", file=sys.__stderr__)
    _write_stderr("\n")
    return 1


def _print_uncaught(exc):
    # _PyErr_PrintEx(tstate, set_sys_last_vars=1). Returns the exit status.
    if isinstance(exc, SystemExit):
        return _system_exit_status(exc)
    sys.last_exc = exc
    sys.last_type = type(exc)
    sys.last_value = exc
    sys.last_traceback = exc.__traceback__
    hook = getattr(sys, "excepthook", None)
    if hook is None:
        _write_stderr("sys.excepthook is missing\n")
        _display(exc)
        return 1
    try:
        hook(type(exc), exc, exc.__traceback__)
    except BaseException as exc2:
        if isinstance(exc2, SystemExit):
            return _system_exit_status(exc2)
        tb = exc2.__traceback__
        if tb is not None and tb.tb_frame is sys._getframe():
            exc2.__traceback__ = tb.tb_next
        try:
            sys.stdout.flush()
        except Exception:
            pass
        _write_stderr("Error in sys.excepthook:\n")
        _display(exc2)
        _write_stderr("\nOriginal exception was:\n")
        _display(exc)
    return 1


def run_one(workdir, name):
    pyc_name = name + ".pyc"
    pyc_path = os.path.join(workdir, pyc_name)
    with open(pyc_path, "rb") as f:
        data = f.read()
    if data[:4] != _MAGIC:
        raise RuntimeError("Bad magic number in .pyc file")
    code = marshal.loads(data[16:])

    saved_attrs = {}
    for attr in ("argv", "stdin", "stdout", "stderr", "__stdin__", "__stdout__",
                 "__stderr__", "excepthook", "displayhook", "unraisablehook"):
        saved_attrs[attr] = getattr(sys, attr)
    saved_path = list(sys.path)
    saved_main = sys.modules.get("__main__")
    saved_modules = set(sys.modules)
    saved_limit = sys.getrecursionlimit()
    saved_cwd = os.getcwd()
    saved_filters = list(warnings.filters)

    os.chdir(workdir)
    linecache.clearcache()

    main = types.ModuleType("__main__")
    d = main.__dict__
    d["__builtins__"] = builtins
    d["__file__"] = pyc_path
    d["__cached__"] = None
    d["__loader__"] = importlib.machinery.SourcelessFileLoader("__main__", pyc_path)
    sys.modules["__main__"] = main
    sys.argv = [pyc_name]
    sys.path[:] = [workdir] + [p for p in saved_path if p not in ("", workdir)]
    stdin, stdout, stderr = _std_streams()
    sys.stdin = sys.__stdin__ = stdin
    sys.stdout = sys.__stdout__ = stdout
    sys.stderr = sys.__stderr__ = stderr
    sys.excepthook = sys.__excepthook__
    sys.displayhook = sys.__displayhook__
    sys.unraisablehook = sys.__unraisablehook__
    for attr in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, attr):
            delattr(sys, attr)

    status = 0
    sigint = False
    try:
        exec(code, d)
    except BaseException as exc:
        # Drop this harness frame: native CPython's traceback starts at <module>.
        tb = exc.__traceback__
        if tb is not None and tb.tb_frame is sys._getframe():
            exc.__traceback__ = tb.tb_next
        # run_eval_code_obj: an uncaught KeyboardInterrupt (exact type) makes
        # main kill itself with SIGINT after finalization (shell status 130).
        sigint = type(exc) is KeyboardInterrupt
        status = _print_uncaught(exc)
        del exc, tb
    del code
    # Finalization: drop __main__ (destructors may still print), then flush
    # sys.stdout and sys.stderr (flush_std_files; a failure gives 120).
    sys.modules["__main__"] = saved_main
    d.clear()
    del d, main
    gc.collect()
    for stream_name in ("stdout", "stderr"):
        stream = getattr(sys, stream_name, None)
        if stream is None or getattr(stream, "closed", False):
            continue
        try:
            stream.flush()
        except Exception as exc:
            if stream_name == "stdout":
                _write_stderr("Exception ignored on flushing sys.stdout:\n")
                exc.__traceback__ = None
                _display(exc)
                status = 120
    for stream in (stdout, stderr):
        try:
            stream.flush()
        except Exception:
            pass
    if sigint:
        status = 130

    # Restore the harness's interpreter state.
    for attr, value in saved_attrs.items():
        setattr(sys, attr, value)
    for attr in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, attr):
            delattr(sys, attr)
    sys.path[:] = saved_path
    sys.setrecursionlimit(saved_limit)
    warnings.filters[:] = saved_filters
    for mod_name in list(sys.modules):
        if mod_name in saved_modules:
            continue
        mod = sys.modules[mod_name]
        mod_file = getattr(mod, "__file__", None) or ""
        if mod_file.startswith(workdir + os.sep) or mod_name == name:
            del sys.modules[mod_name]
    os.chdir(saved_cwd)
    linecache.clearcache()
    gc.collect()
    return status


types.SimpleNamespace(compile_one=compile_one, run_one=run_one)
`);

// ---------------------------------------------------------------------------
const FS = pyodide.FS;
const mirrored = new Set();
function mirrorDir(dir) {
  // Same absolute path inside pyodide, holding every .py of the directory
  // (so a program may import its neighbours, and tracebacks find sources).
  FS.mkdirTree(dir);
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith(".py") && fs.statSync(path.join(dir, f)).isFile()) {
      FS.writeFile(path.join(dir, f), fs.readFileSync(path.join(dir, f)));
    }
  }
  mirrored.add(dir);
}

let failures = 0;
for (const { dir, name } of jobs) {
  mirrorDir(dir); // fresh sources for every program
  const rel = path.relative(process.cwd(), path.join(dir, name + ".py"));
  let pycPath;
  try {
    pycPath = harness.compile_one(dir, name);
  } catch (e) {
    failures++;
    console.error(`FAILED to compile ${rel}:\n${e.message}`);
    continue;
  }
  const pycBytes = FS.readFile(pycPath); // Uint8Array, exact bytes
  fs.writeFileSync(path.join(dir, name + ".pyc"), pycBytes);

  sink = { out: [], err: [] };
  let status;
  try {
    status = harness.run_one(dir, name);
  } catch (e) {
    sink = null;
    failures++;
    console.error(`FAILED to run ${rel}:\n${e.message}`);
    continue;
  }
  const out = Buffer.concat(sink.out);
  const err = Buffer.concat(sink.err);
  sink = null;
  fs.writeFileSync(path.join(dir, name + ".stdout"), out);
  fs.writeFileSync(path.join(dir, name + ".stderr"), err);
  fs.writeFileSync(path.join(dir, name + ".status"), `${status}\n`);
  console.log(
    `${rel}: status ${status}, stdout ${out.length} B, stderr ${err.length} B`
  );
}
console.log(`${jobs.length - failures} of ${jobs.length} programs done`);
process.exit(failures ? 1 : 0);
