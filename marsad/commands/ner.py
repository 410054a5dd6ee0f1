"""``marsad ner`` (tag a file), ``marsad eval ner`` (scores beside a gazetteer baseline) and
``marsad train ner`` (rebuild the shipped model from ../shared/data)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_NER_DATA = Path("../shared/data/ner")
DEFAULT_CORPORA = Path("../shared/data/corpora")

DataOpt = Annotated[Path, typer.Option("--data", help="NER data directory (../shared/data/ner).")]
CorporaOpt = Annotated[Path, typer.Option("--corpora", help="News corpora (../shared/data/corpora).")]


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    @app.command("ner")
    def ner_command(
        file: Annotated[Path, typer.Argument(help="Input file ('-' for stdin).")],
        format: Annotated[str, typer.Option("--format", help="text (raw article) or conll.")] = "text",
        misc: Annotated[bool, typer.Option("--misc", help="Also print MISC spans (text).")] = False,
    ) -> None:
        """Tag named entities: CoNLL in → ``token<TAB>tag`` out line for line; text in → spans."""
        raw = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
        if format == "conll":
            from marsad.extract.entities.conll import tag_conll

            sys.stdout.write(tag_conll(raw))
            return
        if format != "text":
            raise typer.BadParameter("format must be text or conll")
        from marsad.extract.entities import find_mentions

        types = {"PER", "ORG", "LOC", "MISC"} if misc else {"PER", "ORG", "LOC"}
        for m in find_mentions(raw, str(file), types=types):
            typer.echo(f"{m.start}\t{m.end}\t{m.type}\t{m.text}")

    @eval_app.command("ner")
    def eval_ner(
        test: Annotated[
            Path | None, typer.Option("--test", help="Labelled file: token TAG per line.")
        ] = None,
        dev_split: Annotated[
            bool, typer.Option("--dev-split", help="Score only the last sixth of --test (ANERcorp held-out).")
        ] = False,
        news: Annotated[bool, typer.Option("--news", help="Score on news_dev (spans + B-cubed).")] = False,
        model_dir: Annotated[
            Path | None, typer.Option("--model-dir", help="Model directory (default: the shipped one).")
        ] = None,
        domain: Annotated[
            str, typer.Option("--domain", help="Conventions: aner (news, default), aqmar, wiki.")
        ] = "aner",
        data: DataOpt = DEFAULT_NER_DATA,
        corpora: CorporaOpt = DEFAULT_CORPORA,
    ) -> None:
        """Entity-level exact-match P/R/F1 per type (CoNLL style) beside a gazetteer baseline."""
        from marsad.extract.entities import evaluation

        if test is None and not news:
            raise typer.BadParameter("give --test FILE and/or --news")
        tagger = evaluation.load_tagger(model_dir, domain)
        if test is not None:
            evaluation.print_conll_eval(test, tagger, dev_split)
        if news:
            evaluation.print_news_eval(data / "news_dev", corpora, tagger)

    @train_app.command("ner")
    def train_ner(
        data: DataOpt = DEFAULT_NER_DATA,
        corpora: CorporaOpt = DEFAULT_CORPORA,
        out: Annotated[Path | None, typer.Option("--out", help="Output dir (default marsad/models).")] = None,
        holdout: Annotated[
            bool, typer.Option("--holdout", help="Leave out the last sixth of ANERcorp (dev-split model).")
        ] = False,
        rebuild_clusters: Annotated[
            bool, typer.Option("--rebuild-clusters/--keep-clusters", help="Relearn word clusters.")
        ] = True,
        neural: Annotated[
            bool, typer.Option("--neural/--no-neural", help="Also train the neural members (needs torch).")
        ] = True,
    ) -> None:
        """Rebuild the shipped NER model (clusters, gazetteer, CRF, neural members)."""
        from marsad.extract.entities.model import MODELS_DIR
        from marsad.extract.entities.train import train_all

        target = out or MODELS_DIR
        target.mkdir(parents=True, exist_ok=True)
        train_all(
            data,
            corpora,
            target,
            holdout=holdout,
            rebuild_clusters=rebuild_clusters,
            neural=neural,
            log=typer.echo,
        )
