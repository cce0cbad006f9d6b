"""The ``plugspec-plugins`` directive, in real Sphinx builds over real entry points."""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace

from _envs import PluginEnv

_ANSI = re.compile(r"\x1b\[[0-9;]*m")

NAMESPACE_MODULE = '''
from typing import Protocol

import plugspec


class Greeter(Protocol):
    """Greets someone."""

    def greet(self, name: str) -> str: ...


GREETERS = plugspec.Namespace("docapp.greeters", Greeter, factory=True)
EMPTY = plugspec.Namespace("docapp.nobody", Greeter)
'''

GOOD = '''
class Hello:
    """Says hello, politely.

    More text that the table leaves out.
    """

    def greet(self, name: str) -> str:
        return f"hello {name}"


def shout(name: str) -> str:
    return name.upper()
'''

BAD = '''
from docapp_hello import Hello


class Mute:
    """Says nothing at all."""

    def greet(self) -> str:
        return ""


class Polite(Hello):
    pass
'''


@pytest.fixture
def env(tmp_path: Path) -> Iterator[PluginEnv]:
    with PluginEnv(tmp_path / "env") as plugin_env:
        plugin_env.add_dist(
            "docapp",
            "2.0",
            entry_points={"plugspec.namespaces": {"docapp.greeters": "docapp:GREETERS"}},
            modules={"docapp": NAMESPACE_MODULE},
        )
        plugin_env.add_dist(
            "docapp-hello",
            "1.5",
            entry_points={"docapp.greeters": {"hello": "docapp_hello:Hello"}},
            modules={"docapp_hello": GOOD},
        )
        plugin_env.add_dist(
            "docapp-broken",
            "0.1",
            entry_points={
                "docapp.greeters": {
                    "mute": "docapp_broken:Mute",
                    "polite": "docapp_broken:Polite",
                    "ghost": "docapp_missing:Ghost",
                }
            },
            modules={"docapp_broken": BAD},
        )
        yield plugin_env


def build(tmp_path: Path, source: str, *, markdown: bool = False) -> tuple[str, str]:
    """Build a one-page Sphinx project; return the page's HTML and the warnings."""
    src = tmp_path / "src"
    src.mkdir()
    extensions = ["plugspec.sphinxext"] + (["myst_parser"] if markdown else [])
    (src / "conf.py").write_text(f"extensions = {extensions!r}\n")
    suffix = "md" if markdown else "rst"
    (src / f"index.{suffix}").write_text(textwrap.dedent(source))
    warnings = io.StringIO()
    # A private docutils registry per build, as Sphinx's own test fixtures do.
    with docutils_namespace():
        app = Sphinx(
            str(src),
            str(src),
            str(tmp_path / "out"),
            str(tmp_path / "doctrees"),
            "html",
            status=None,
            warning=warnings,
            freshenv=True,
        )
        app.build()
    return (tmp_path / "out" / "index.html").read_text(), _ANSI.sub("", warnings.getvalue())


def test_lists_every_plugin_with_distribution_version_summary_and_verdict(
    env: PluginEnv, tmp_path: Path
) -> None:
    html, warnings = build(tmp_path, "Plugins\n=======\n\n.. plugspec-plugins:: docapp.greeters\n")
    assert warnings == ""
    # Sorted by name; the target is shown under the name.
    names = ["ghost", "hello", "mute", "polite"]
    positions = [html.index(f"<strong>{name}</strong>") for name in names]
    assert positions == sorted(positions)
    assert "docapp_hello:Hello" in html
    assert "docapp-hello" in html
    assert "1.5" in html
    assert "docapp-broken" in html
    assert "0.1" in html
    # The summary is the first line of the target's own docstring.
    assert "Says hello, politely." in html
    assert "More text that the table leaves out" not in html
    assert "Says nothing at all." in html
    # An inherited docstring is not the subclass's summary: `Polite` has none.
    polite_row = html[html.index("<strong>polite</strong>") :]
    polite_row = polite_row[: polite_row.index("</tr>")]
    assert "Says hello" not in polite_row
    assert "conforms" in polite_row
    # Verdicts, with the report text of each refused plugin.
    hello_row = html[html.index("<strong>hello</strong>") :]
    assert "conforms" in hello_row[: hello_row.index("</tr>")]
    mute_row = html[html.index("<strong>mute</strong>") :]
    mute_row = mute_row[: mute_row.index("</tr>")]
    assert "refused" in mute_row
    assert "greet" in mute_row
    assert "Greeter" in mute_row
    ghost_row = html[html.index("<strong>ghost</strong>") :]
    ghost_row = ghost_row[: ghost_row.index("</tr>")]
    assert "refused" in ghost_row
    assert "cannot import" in ghost_row
    assert "ModuleNotFoundError" in ghost_row


def test_warn_flag_makes_each_refused_plugin_a_warning(env: PluginEnv, tmp_path: Path) -> None:
    _, warnings = build(
        tmp_path, "Plugins\n=======\n\n.. plugspec-plugins:: docapp.greeters\n   :warn:\n"
    )
    lines = [line for line in warnings.splitlines() if "WARNING" in line]
    assert len(lines) == 2, warnings
    assert any("mute = docapp_broken:Mute" in line and "docapp-broken" in line for line in lines)
    assert any("ghost = docapp_missing:Ghost" in line for line in lines)
    assert not any("hello" in line.split("is refused")[0] for line in lines)


def test_module_attribute_argument_and_myst_syntax(env: PluginEnv, tmp_path: Path) -> None:
    html, warnings = build(
        tmp_path,
        """
        # Plugins

        ```{plugspec-plugins} docapp:GREETERS
        ```
        """,
        markdown=True,
    )
    assert warnings == ""
    assert "<strong>hello</strong>" in html
    assert "docapp-hello" in html


def test_a_namespace_without_plugins_says_so(env: PluginEnv, tmp_path: Path) -> None:
    html, warnings = build(tmp_path, "Plugins\n=======\n\n.. plugspec-plugins:: docapp:EMPTY\n")
    assert warnings == ""
    assert "No plugins are installed for namespace docapp.nobody." in html


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("docapp.unknown", "unknown namespace `docapp.unknown`"),
        ("docapp:NOWHERE", "cannot import namespace `docapp:NOWHERE`: AttributeError"),
        ("docapp:Greeter", "`docapp:Greeter` is"),
    ],
)
def test_a_bad_namespace_argument_is_a_warning(
    env: PluginEnv, tmp_path: Path, argument: str, message: str
) -> None:
    _, warnings = build(tmp_path, f"Plugins\n=======\n\n.. plugspec-plugins:: {argument}\n")
    assert message in warnings
    assert "docapp.greeters" in warnings or ":" in argument


def test_a_plugin_that_breaks_the_check_is_refused_not_a_failed_build(
    env: PluginEnv, tmp_path: Path
) -> None:
    env.add_dist(
        "docapp-hostile",
        entry_points={"docapp.greeters": {"hostile": "docapp_hostile:Hostile"}},
        modules={
            "docapp_hostile": """
                class Meta(type):
                    def __getattribute__(cls, name):
                        raise RuntimeError(f"no {name} for you")

                class Hostile(metaclass=Meta):
                    pass
            """
        },
    )
    html, warnings = build(tmp_path, "Plugins\n=======\n\n.. plugspec-plugins:: docapp.greeters\n")
    assert warnings == ""
    row = html[html.index("<strong>hostile</strong>") :]
    row = row[: row.index("</tr>")]
    assert "refused" in row
    assert "RuntimeError: no " in row
    assert "<strong>hello</strong>" in html  # the other plugins are still listed
