"""The app's pages, one module each, in the order of the season."""
