"""CLI command modules; each defines ``register(app, eval_app, train_app)`` (see marsad/cli.py)."""
