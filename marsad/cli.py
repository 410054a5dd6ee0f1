"""The ``marsad`` command line: a thin typer layer over the library.

Commands live in ``marsad/commands/<topic>.py``; each such module defines
``register(app, eval_app, train_app)`` and is discovered here, so stages can add their own
commands without touching this file.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

from marsad import __version__

app = typer.Typer(
    name="marsad",
    help="Marsad (مرصد): turn streams of Arabic and English news articles into stories.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure quality on labelled data (prints scores next to a baseline).")
train_app = typer.Typer(help="Train the models Marsad ships, from ../shared/data.")
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Marsad (مرصد): turn streams of Arabic and English news articles into stories."""


def _register_commands() -> None:
    import marsad.commands as commands

    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"marsad.commands.{module_info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app, eval_app, train_app)


_register_commands()


def main() -> None:
    from marsad.errors import MarsadError

    try:
        app()
    except MarsadError as error:
        # Configuration and store problems are fatal and explained; bad inputs never get here.
        typer.echo(f"marsad: error: {error}", err=True)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
