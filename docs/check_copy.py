"""Flag any run of 8+ words in knowledge/ that also stands in a seed text."""

import pathlib
import re
import sys

SEEDS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ0-9']+", text.lower())


def shingles(ws: list[str], n: int = 8) -> set[str]:
    return {" ".join(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def main() -> int:
    seed: set[str] = set()
    for f in SEEDS.glob("*.txt"):
        seed |= shingles(words(f.read_text(encoding="utf-8", errors="ignore")))
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "knowledge")
    bad = 0
    for f in sorted(root.rglob("*")):
        if f.is_file() and f.suffix in {".md", ".yml", ".yaml"}:
            common = shingles(words(f.read_text(encoding="utf-8"))) & seed
            for c in sorted(common):
                print(f"{f}: copied run: {c}")
                bad += 1
    print("ok" if not bad else f"{bad} copied runs")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
