"""What every page uses: the store thread, change following, models, forms, texts."""
