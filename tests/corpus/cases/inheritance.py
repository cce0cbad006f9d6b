"""Protocol inheritance, explicit subclassing of protocols, and implementation inheritance."""

from typing import Protocol, Union


class Reader(Protocol):
    def read(self) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes) -> int: ...


class ReadWriter(Reader, Writer, Protocol):
    pass


class Closer(Protocol):
    def close(self) -> None: ...


class ReadWriteCloser(ReadWriter, Closer, Protocol):
    name: str


class NarrowReader(Reader, Protocol):
    def read(self) -> bytes: ...


class WideBase(Protocol):
    def meth(self) -> Union[int, str]: ...


class NarrowSub(WideBase, Protocol):
    def meth(self) -> int: ...


class ReaderWithDefault(Protocol):
    def read(self) -> bytes:
        return b""

    def peek(self) -> bytes:
        return b""


class NotAProtocolChild(Reader):
    pass


class ReadOnly:
    def read(self) -> bytes:
        return b""


class WriteOnly:
    def write(self, data: bytes) -> int:
        return 0


class Both(ReadOnly, WriteOnly):
    pass


class BothAndClose(Both):
    name = "f"

    def close(self) -> None:
        pass


class BothCloseNoName(Both):
    def close(self) -> None:
        pass


class ExplicitReader(Reader):
    def read(self) -> bytes:
        return b""


class ExplicitReaderInheritsStub(Reader):
    pass


class ReturnsInt:
    def meth(self) -> int:
        return 0


class ReturnsStr:
    def meth(self) -> str:
        return ""


class OverridesBadly(ReadOnly):
    def read(self) -> bytes:
        return b""

    def write(self, data: str) -> int:
        return 0


class ReadsOnlyWithPeek(ReadOnly):
    def peek(self) -> bytes:
        return b""


class ExplicitWithDefault(ReaderWithDefault):
    pass


class MixinRead:
    def read(self) -> bytes:
        return b""


class MixinWrite:
    def write(self, data: bytes) -> int:
        return 0


class Combined(MixinWrite, MixinRead):
    pass


case_combined_protocol_both: ReadWriter = Both()  # expect: pass
case_combined_protocol_read_only: ReadWriter = ReadOnly()  # expect: fail
case_combined_protocol_write_only: ReadWriter = WriteOnly()  # expect: fail
case_base_protocol_accepts_both: Reader = Both()  # expect: pass
case_deep_protocol_all_members: ReadWriteCloser = BothAndClose()  # expect: pass
case_deep_protocol_missing_attribute: ReadWriteCloser = BothCloseNoName()  # expect: fail
case_deep_protocol_missing_close: ReadWriteCloser = Both()  # expect: fail
case_redeclared_member: NarrowReader = ReadOnly()  # expect: pass
case_narrowed_return_int: NarrowSub = ReturnsInt()  # expect: pass
case_narrowed_return_str: NarrowSub = ReturnsStr()  # expect: fail
case_wide_base_str: WideBase = ReturnsStr()  # expect: pass
case_explicit_subclass_implements: Reader = ExplicitReader()  # expect: pass
case_explicit_subclass_inherits_stub: Reader = ExplicitReaderInheritsStub()  # expect: fail
case_explicit_subclass_of_protocol_child: Reader = NotAProtocolChild()  # expect: fail
case_subclass_adds_bad_member: ReadWriter = OverridesBadly()  # expect: fail
case_protocol_with_default_bodies_needs_both: ReaderWithDefault = ReadOnly()  # expect: fail
case_protocol_with_default_bodies_satisfied: ReaderWithDefault = ReadsOnlyWithPeek()  # expect: pass
case_explicit_subclass_gets_default_bodies: ReaderWithDefault = ExplicitWithDefault()  # expect: pass
case_mixins_combined: ReadWriter = Combined()  # expect: pass
case_mixins_combined_for_closer: Closer = Combined()  # expect: fail
case_type_of_explicit_subclass_inherits_stub: type[Reader] = ExplicitReaderInheritsStub  # expect: fail
case_type_of_explicit_subclass_implements: type[Reader] = ExplicitReader  # expect: pass
case_type_of_subclass_with_default_bodies: type[ReaderWithDefault] = ExplicitWithDefault  # expect: pass
