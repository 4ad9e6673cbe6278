from app.main import PRODUCTS


def test_catalogue_has_products():
    assert PRODUCTS["1"] == "plumb line"
