"""The clusterer's state as bytes, so a store can keep it between runs.

A state is plain JSON values plus numpy arrays.  Arrays travel as raw little-endian bytes after a
JSON header that names their dtype and shape: no pickle, so opening a store file someone else
wrote cannot run code, and the format is readable from any language.
"""

from __future__ import annotations

import json
import struct
import zlib
from typing import Any

import numpy as np

from marsad.errors import MarsadError

MAGIC = b"MRSDCS1\n"
_ALLOWED_DTYPES = {"<f4", "<f8", "<i8", "<i4", "|u1"}


class StateFormatError(MarsadError):
    """The bytes are not a clusterer state this version can read."""


def dump_state(state: dict[str, Any]) -> bytes:
    arrays: list[np.ndarray] = []

    def encode(value: Any) -> Any:
        if isinstance(value, np.ndarray):
            array = np.ascontiguousarray(value)
            array = array.astype(array.dtype.newbyteorder("<"), copy=False)
            arrays.append(array)
            return {"__array__": len(arrays) - 1, "dtype": array.dtype.str, "shape": list(array.shape)}
        if isinstance(value, dict):
            return {"__dict__": [[encode(k), encode(v)] for k, v in value.items()]}
        if isinstance(value, list | tuple):
            return [encode(v) for v in value]
        if isinstance(value, np.generic):
            return value.item()
        return value

    header = json.dumps(encode(state), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body = b"".join(a.tobytes() for a in arrays)
    payload = struct.pack("<Q", len(header)) + header + body
    return MAGIC + zlib.compress(payload, 1)


def load_state(data: bytes) -> dict[str, Any]:
    if not data.startswith(MAGIC):
        raise StateFormatError("not a Marsad clusterer state (bad magic)")
    try:
        payload = zlib.decompress(data[len(MAGIC) :])
        (size,) = struct.unpack("<Q", payload[:8])
        header = json.loads(payload[8 : 8 + size].decode("utf-8"))
    except (zlib.error, struct.error, ValueError) as error:
        raise StateFormatError(f"corrupt clusterer state: {error}") from error
    body = memoryview(payload)[8 + size :]
    offset = 0

    def decode(value: Any) -> Any:
        nonlocal offset
        if isinstance(value, list):
            return [decode(v) for v in value]
        if isinstance(value, dict):
            if "__dict__" in value:
                return {decode(k): decode(v) for k, v in value["__dict__"]}
            if value.get("dtype") not in _ALLOWED_DTYPES:
                raise StateFormatError(f"unexpected array dtype {value.get('dtype')!r}")
            dtype = np.dtype(value["dtype"])
            shape = tuple(int(n) for n in value["shape"])
            count = int(np.prod(shape, dtype=np.int64))
            nbytes = count * dtype.itemsize
            if offset + nbytes > len(body):
                raise StateFormatError("corrupt clusterer state: array data cut short")
            array = np.frombuffer(body[offset : offset + nbytes], dtype=dtype).reshape(shape).copy()
            offset += nbytes
            return array
        return value

    return decode(header)
