"""``python -m reportgen`` runs the CLI."""

from reportgen.cli import main

if __name__ == "__main__":
    main()
