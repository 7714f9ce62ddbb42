print("armsnet-bench: see scripts/")
