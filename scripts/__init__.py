"""The benches of `make bench`, one module per thing measured: ``bench`` (the command: options and
order), ``bench_bouw`` (build times), ``bench_lighthouse`` (Lighthouse against the budgets),
``bench_zoeken`` with ``bench_pagefind`` (our search beside Pagefind); ``bench_server`` (serving a
build with gzip) and ``bench_meting`` (measuring in Chromium) are the leaves they share. Not
part of the site: nothing in ``macros`` imports this package.
"""
