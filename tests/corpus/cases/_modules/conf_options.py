timeout = 100
one_flag = True
other_flag = False
