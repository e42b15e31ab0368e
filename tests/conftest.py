import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from attribution.rules.pack import load_pack  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pack():
    return load_pack()


def require_shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not present (shared data is there in CI, not in a fresh clone)")
    return path


@pytest.fixture(scope="session")
def model():
    from attribution.model.resolve import ModelNotFound, resolve_model

    try:
        return resolve_model()
    except ModelNotFound as error:
        pytest.fail(f"no model to run the pipeline with: {error}")


@pytest.fixture(scope="session")
def parser(model):
    from attribution.parse import Parser

    return Parser(model)
