print("kader")
