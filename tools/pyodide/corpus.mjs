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
// `python3.14 NAME.pyc` (Modules/main.c, Python/pythonrun.c): a fresh
// __main__ (__name__, __doc__, __package__, __loader__, __spec__,
// __builtins__, __file__, __cached__ in that order), sys.argv = ["NAME.pyc"],
// sys.path[0] = the directory, cwd = the directory, the code read by marshal
// after the 16-byte header and exec'd in __main__'s dict; an uncaught
// exception goes through sys.excepthook (SystemExit handled like
// _Py_HandleSystemExit), then sys.stdout and sys.stderr are flushed.
// exec(code, dict) is run by atexit._run_exitfuncs called straight from JS,
// so no harness frame is below <module> (see prepare()).
const harness = pyodide.runPython(String.raw`
import atexit, builtins, gc, io, linecache, marshal, os, py_compile, sys, types
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


_state = None
_ATEXIT_MSG = "Exception ignored in atexit callback"
atexit._clear()  # pyodide's own exit handlers: this process never finalizes


def _capture_hook(args):
    # Receives the exception that escaped exec() when the program is run by
    # atexit._run_exitfuncs; any other unraisable exception is reported as
    # CPython does.
    st = _state
    if (st is not None and not st["done"] and args.object is None
            and (args.err_msg or "").startswith(_ATEXIT_MSG)):
        st["uncaught"] = args.exc_value
        return
    sys.__unraisablehook__(args)


def prepare(workdir, name):
    """Set up a fresh __main__ etc. and register exec(code, main_dict) with
    atexit. The JS side then calls atexit._run_exitfuncs() directly, so that
    no Python frame of the harness sits below <module>: tracebacks start at
    <module> and the recursion limit is reached at the same depth as in
    native CPython. atexit reports an exception escaping exec() through
    sys.unraisablehook, without formatting it."""
    global _state
    pyc_name = name + ".pyc"
    pyc_path = os.path.join(workdir, pyc_name)
    with open(pyc_path, "rb") as f:
        data = f.read()
    if data[:4] != _MAGIC:
        raise RuntimeError("Bad magic number in .pyc file")
    code = marshal.loads(data[16:])

    st = {"workdir": workdir, "name": name, "uncaught": None, "done": False}
    saved_attrs = {}
    for attr in ("argv", "stdin", "stdout", "stderr", "__stdin__", "__stdout__",
                 "__stderr__", "excepthook", "displayhook", "unraisablehook"):
        saved_attrs[attr] = getattr(sys, attr)
    st["saved_attrs"] = saved_attrs
    st["saved_path"] = list(sys.path)
    st["saved_main"] = sys.modules.get("__main__")
    st["saved_modules"] = set(sys.modules)
    st["saved_limit"] = sys.getrecursionlimit()
    st["saved_cwd"] = os.getcwd()
    st["saved_filters"] = list(warnings.filters)

    os.chdir(workdir)
    linecache.clearcache()

    main = types.ModuleType("__main__")
    d = main.__dict__
    d["__builtins__"] = builtins
    d["__file__"] = pyc_path
    d["__cached__"] = None
    d["__loader__"] = importlib.machinery.SourcelessFileLoader("__main__", pyc_path)
    st["main"] = main
    sys.modules["__main__"] = main
    sys.argv = [pyc_name]
    sys.path[:] = [workdir] + [p for p in st["saved_path"] if p not in ("", workdir)]
    stdin, stdout, stderr = _std_streams()
    st["streams"] = (stdin, stdout, stderr)
    sys.stdin = sys.__stdin__ = stdin
    sys.stdout = sys.__stdout__ = stdout
    sys.stderr = sys.__stderr__ = stderr
    sys.excepthook = sys.__excepthook__
    sys.displayhook = sys.__displayhook__
    sys.unraisablehook = _capture_hook
    for attr in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, attr):
            delattr(sys, attr)
    atexit._clear()
    atexit.register(exec, code, d)
    _state = st


def finish():
    """Report the outcome like CPython's main and restore the harness."""
    global _state
    st = _state
    st["done"] = True
    uncaught = st["uncaught"]
    st["uncaught"] = None
    if sys.unraisablehook is _capture_hook:
        sys.unraisablehook = sys.__unraisablehook__
    status = 0
    # run_eval_code_obj: an uncaught KeyboardInterrupt (exact type) makes
    # main kill itself with SIGINT after finalization (shell status 130).
    sigint = type(uncaught) is KeyboardInterrupt
    if uncaught is not None:
        status = _print_uncaught(uncaught)
    uncaught = None
    # Py_FinalizeEx: atexit callbacks (those a program registers are lost:
    # _run_exitfuncs clears the list), flush sys.stdout and sys.stderr
    # (flush_std_files; a failure gives 120), then drop __main__
    # (destructors may still print) and flush again.
    atexit._clear()
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
    main = st.pop("main")
    sys.modules["__main__"] = st["saved_main"]
    main.__dict__.clear()
    del main
    gc.collect()
    for stream in st["streams"]:
        try:
            stream.flush()
        except Exception:
            pass
    if sigint:
        status = 130

    # Restore the harness's interpreter state.
    for attr, value in st["saved_attrs"].items():
        setattr(sys, attr, value)
    for attr in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, attr):
            delattr(sys, attr)
    sys.path[:] = st["saved_path"]
    sys.setrecursionlimit(st["saved_limit"])
    warnings.filters[:] = st["saved_filters"]
    workdir, name = st["workdir"], st["name"]
    for mod_name in list(sys.modules):
        if mod_name in st["saved_modules"]:
            continue
        mod = sys.modules[mod_name]
        mod_file = getattr(mod, "__file__", None) or ""
        if mod_file.startswith(workdir + os.sep) or mod_name == name:
            del sys.modules[mod_name]
    os.chdir(st["saved_cwd"])
    linecache.clearcache()
    _state = None
    gc.collect()
    return status


types.SimpleNamespace(compile_one=compile_one, prepare=prepare, finish=finish,
                      run_exitfuncs=atexit._run_exitfuncs)
`);

// ---------------------------------------------------------------------------
const FS = pyodide.FS;
const runExitfuncs = harness.run_exitfuncs;
function mirrorDir(dir) {
  // Same absolute path inside pyodide, holding every .py of the directory
  // (so a program may import its neighbours, and tracebacks find sources).
  FS.mkdirTree(dir);
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith(".py") && fs.statSync(path.join(dir, f)).isFile()) {
      FS.writeFile(path.join(dir, f), fs.readFileSync(path.join(dir, f)));
    }
  }
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
    harness.prepare(dir, name);
    // Called from JS, so no Python frame of the harness is below <module>.
    runExitfuncs();
    status = harness.finish();
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
