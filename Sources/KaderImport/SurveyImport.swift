import Kader
