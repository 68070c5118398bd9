"""Pure exporters: the data of a period in, a file name and its bytes out."""
