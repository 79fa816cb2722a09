"""The only package that knows WordprocessingML and the zip it lives in. It knows nothing of MUS."""
