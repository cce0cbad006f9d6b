def foo(a: str) -> str: return ""
x = "a"
