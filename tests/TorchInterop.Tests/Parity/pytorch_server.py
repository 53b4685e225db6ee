# Parity server: runs Python snippets in one long-lived reference PyTorch process.
#
# Protocol (both directions): an ASCII decimal byte count, a newline, then that many bytes of UTF-8.
#   - On start-up the server sends one frame: "ready <torch version>".
#   - Each request frame is a snippet; the reply frame is what the snippet printed to stdout,
#     followed by "<ExceptionTypeName>: <str(exception)>\n" if it raised.
# The protocol uses a private copy of the original stdout; file descriptor 1 is pointed at
# stderr so that nothing a snippet (or native code) writes can corrupt the reply stream.
import builtins
import contextlib
import io
import math
import os
import sys
import textwrap

import torch

protocol_in = sys.stdin.buffer
protocol_out = os.fdopen(os.dup(1), "wb", buffering=0)
os.dup2(2, 1)
sys.stdout = sys.stderr


def send(text):
    data = text.encode("utf-8", errors="replace")
    protocol_out.write(str(len(data)).encode("ascii") + b"\n" + data)
    protocol_out.flush()


def receive():
    header = protocol_in.readline()
    if not header:
        return None
    size = int(header.strip())
    data = protocol_in.read(size)
    if len(data) != size:
        return None
    return data.decode("utf-8")


def reset_state():
    torch.set_printoptions(profile="default", sci_mode=None)
    torch.set_grad_enabled(True)


def run(snippet):
    reset_state()
    code = textwrap.dedent(snippet.replace("\r\n", "\n"))
    scope = {"__name__": "__main__", "__builtins__": builtins, "torch": torch, "math": math}
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        saved_stdin = sys.stdin
        sys.stdin = io.StringIO("")
        try:
            exec(compile(code, "<snippet>", "exec"), scope)
        except BaseException as e:  # SystemExit and KeyboardInterrupt are results too
            sys.stdout.flush()
            buffer.write(f"{type(e).__name__}: {e}\n")
        finally:
            sys.stdin = saved_stdin
    return buffer.getvalue()


def main():
    send("ready " + torch.__version__)
    while True:
        snippet = receive()
        if snippet is None:
            return
        send(run(snippet))


main()
